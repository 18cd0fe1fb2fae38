package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.List;

/** The tills an item or its profiles say they are associated with must be tills of the org (warning 91020, once per till). */
public final class TillCheck {

    private TillCheck() {
    }

    public static Judged judge(Judged judged, CustomerItem item) {
        return namedTills(item)
                .filter(till -> TillCode.parse(till).toOption().forAll(code -> !judged.world().reference().isTillOfTheOrg(code)))
                .foldLeft(judged, (warned, till) -> warned.warn(Warning.of(ErrorCode.TILL_INVALID, till)));
    }

    /** The till codes an item names, without the spaces around them, each once. */
    public static List<String> namedTills(CustomerItem item) {
        return item.associatedWith().toList().appendAll(item.profiles().flatMap(ProfileInput::associatedWith)).map(String::strip)
                .distinct();
    }
}

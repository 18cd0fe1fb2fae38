package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParentChangeTest {

    private static final CustomerRef OWNER = new CustomerRef(List.of(ProfileInput.identifiedBy(IdentifierInput.of("mobile", "919905000000"))));

    private static String asked(ParentChange change) {
        return change.fold(() -> "keep", () -> "detach", parent -> "attach to " + parent.profiles().single().identifiers().single().identifier().get().value());
    }

    @Test
    void saysWhichOfKeepDetachAndAttachItAsks() {
        assertThat(asked(ParentChange.keep())).isEqualTo("keep");
        assertThat(asked(ParentChange.detach())).isEqualTo("detach");
        assertThat(asked(ParentChange.attach(OWNER))).isEqualTo("attach to 919905000000");
    }

    @Test
    void namesAParentOnlyWhenItAttaches() {
        assertThat(ParentChange.attach(OWNER).named()).contains(OWNER);
        assertThat(ParentChange.detach().named()).isEmpty();
        assertThat(ParentChange.keep().named()).isEmpty();
    }

    @Test
    void anItemWithoutAssociationKeepsTheParent() {
        assertThat(AssociationInput.none().parent()).isEqualTo(ParentChange.keep());
    }

    @Test
    void theProfilesOfTheParentAttachedToCountAgainstTheListLimit() {
        CustomerRef crowded = new CustomerRef(List.fill(3, () -> ProfileInput.identifiedBy(IdentifierInput.of("mobile", "919905000000"))));
        CustomerItem item = new CustomerItem(List.empty(), LinkedHashMap.empty(), Option.none(), List.empty(),
                Option.of(AssociationInput.none().withParent(ParentChange.attach(crowded))), Option.none());

        assertThat(item.listLongerThan(2)).contains("profiles");
        assertThat(item.listLongerThan(3)).isEmpty();
    }
}

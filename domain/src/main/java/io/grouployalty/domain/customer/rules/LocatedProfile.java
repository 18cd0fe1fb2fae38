package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.ProfileKey;
import io.vavr.collection.List;

/** A profile of an item with the profile it names and its identifiers read. */
public record LocatedProfile(ProfileInput input, ProfileKey key, List<Located> identifiers) {

    public List<Located> cards() {
        return identifiers.filter(Located::isCard);
    }

    public List<Located> others() {
        return identifiers.filter(located -> !located.isCard());
    }
}

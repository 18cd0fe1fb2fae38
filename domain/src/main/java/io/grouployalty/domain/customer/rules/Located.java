package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ProfileKey;

/** An identifier as the item gives it, read, with the profile it was given in. */
public record Located(ProfileKey key, IdentifierInput input, Identifier identifier) {

    public boolean isCard() {
        return identifier.type() == IdentifierType.CARDNUMBER;
    }

    public Holding holding() {
        return Holding.of(key, identifier);
    }
}

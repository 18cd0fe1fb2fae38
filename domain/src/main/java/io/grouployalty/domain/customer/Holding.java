package io.grouployalty.domain.customer;

import io.vavr.control.Option;

/** Where an identifier is held: in one source and account, or org-wide for a card. */
public record Holding(Option<ProfileKey> profile, Identifier identifier) {

    public static Holding of(ProfileKey key, Identifier identifier) {
        return identifier.type() == IdentifierType.CARDNUMBER ? ofCard(identifier.value()) : new Holding(Option.of(key), identifier);
    }

    public static Holding of(Card card) {
        return ofCard(card.number());
    }

    private static Holding ofCard(String number) {
        return new Holding(Option.none(), new Identifier(IdentifierType.CARDNUMBER, number));
    }
}

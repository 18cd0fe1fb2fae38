package io.grouployalty.domain.card;

import io.vavr.collection.Stream;
import io.vavr.control.Option;

/** The system statuses a card can be in; an org's status labels map onto these. */
public enum CardStatus {
    NOT_ISSUED, ACTIVE, INACTIVE, SUSPENDED, EXPIRED, DELETED;

    public static Option<CardStatus> parse(String name) {
        return name == null ? Option.none() : Stream.of(values()).find(status -> status.name().equalsIgnoreCase(name.strip()));
    }
}

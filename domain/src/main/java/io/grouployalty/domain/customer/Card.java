package io.grouployalty.domain.customer;

import io.grouployalty.domain.card.CardStatus;

import java.util.Objects;

/** A card linked to a customer: its number (unique in the org), its series and its status under the series' label. */
public record Card(String number, long seriesId, String statusLabel, CardStatus status) {

    public Card {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(statusLabel, "statusLabel");
        Objects.requireNonNull(status, "status");
    }

    public boolean active() {
        return status == CardStatus.ACTIVE;
    }
}

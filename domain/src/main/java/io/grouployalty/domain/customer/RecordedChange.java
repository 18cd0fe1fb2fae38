package io.grouployalty.domain.customer;

import java.util.Objects;

/** A change as the history recorded it, under its id. */
public record RecordedChange(ChangeId id, Change change) {

    public RecordedChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}

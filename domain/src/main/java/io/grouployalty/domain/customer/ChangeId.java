package io.grouployalty.domain.customer;

/** The public id of a change-history entry: unique in its org, increasing with time. */
public record ChangeId(long value) {

    public ChangeId {
        if (value <= 0) {
            throw new IllegalArgumentException("change id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.grouployalty.domain.customer;

import io.vavr.collection.Map;

import java.util.Objects;

/** A way to reach a customer; one channel per (type, value), at most one primary per type. */
public record CommChannel(String type, String value, boolean primary, boolean verified, boolean subscribed,
                          Map<String, Boolean> meta) {

    public CommChannel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(meta, "meta");
    }

    public boolean sameAs(CommChannel other) {
        return type.equals(other.type) && value.equals(other.value);
    }

    public CommChannel demoted() {
        return new CommChannel(type, value, false, verified, subscribed, meta);
    }
}

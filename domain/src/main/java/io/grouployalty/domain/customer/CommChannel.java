package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.vavr.collection.LinkedHashMap;
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

    /** A channel the customer does not hold yet: every flag and meta member false until an item sets it. */
    public static CommChannel unflagged(String type, String value) {
        return new CommChannel(type, value, false, false, false, LinkedHashMap.of("residence", false, "office", false));
    }

    /** This channel with what an item gives of it; what the item omits stays (API.md §6.10). */
    public CommChannel updatedBy(ChannelInput given) {
        return new CommChannel(type, value, given.primary().getOrElse(primary), given.verified().getOrElse(verified),
                given.subscribed().getOrElse(subscribed), meta.merge(given.meta(), (stored, sent) -> sent));
    }

    public boolean sameAs(CommChannel other) {
        return type.equals(other.type) && value.equals(other.value);
    }

    public CommChannel demoted() {
        return new CommChannel(type, value, false, verified, subscribed, meta);
    }
}

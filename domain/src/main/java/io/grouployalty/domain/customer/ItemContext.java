package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.OrgId;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/** What an item is judged in: the caller's org and its time zone, the request's profile, the till, and the time. */
public record ItemContext(OrgId org, ZoneOffset zone, ProfileKey requestProfile, String till, Instant now) {

    public ItemContext {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(requestProfile, "requestProfile");
        Objects.requireNonNull(till, "till");
        Objects.requireNonNull(now, "now");
    }
}

package io.grouployalty.domain.org;

import java.time.ZoneOffset;
import java.util.Objects;

/** The authenticated till on whose behalf a request runs, the org it is confined to, and the org's offset. */
public record Caller(TillCode till, OrgId org, ZoneOffset zone) {

    public Caller {
        Objects.requireNonNull(till, "till");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(zone, "zone");
    }

    public Caller(TillCode till, OrgId org) {
        this(till, org, ZoneOffset.UTC);
    }
}

package io.grouployalty.domain.org;

import java.util.Objects;

/** The authenticated till on whose behalf a request runs, and the org it is confined to. */
public record Caller(TillCode till, OrgId org) {

    public Caller {
        Objects.requireNonNull(till, "till");
        Objects.requireNonNull(org, "org");
    }
}

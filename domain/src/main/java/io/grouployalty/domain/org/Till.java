package io.grouployalty.domain.org;

import java.util.Objects;

/** A till as stored: the Basic-auth principal of one org. */
public record Till(TillCode code, OrgId org, PasswordHash passwordHash, boolean enabled) {

    public Till {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public Till disabled() {
        return new Till(code, org, passwordHash, false);
    }

    public boolean belongsTo(OrgId other) {
        return org.equals(other);
    }
}

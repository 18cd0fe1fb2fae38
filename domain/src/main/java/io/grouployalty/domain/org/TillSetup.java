package io.grouployalty.domain.org;

import java.util.Objects;

/** A till as an org file declares it. */
public record TillSetup(TillCode code, TillSecret secret) {

    public TillSetup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(secret, "secret");
    }
}

package io.grouployalty.bootstrap.security;

import com.codahale.metrics.Meter;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;

/** A password hasher whose slow checks are counted by a meter. */
public final class MeteredPasswordHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final Meter checks;

    public MeteredPasswordHasher(PasswordHasher hasher, Meter checks) {
        this.hasher = hasher;
        this.checks = checks;
    }

    @Override
    public PasswordHash hash(PasswordDigest digest) {
        return hasher.hash(digest);
    }

    @Override
    public boolean matches(PasswordDigest digest, PasswordHash hash) {
        checks.mark();
        return hasher.matches(digest, hash);
    }
}

package io.grouployalty.domain.org;

import io.vavr.control.Option;

import java.util.Objects;

/** How an org file gives a till's password: as a password (kept only hashed) or as a ready hash. */
public sealed interface TillSecret {

    /** The hash to store, keeping the stored one when it already stands for this secret. */
    PasswordHash hashWith(PasswordHasher hasher, Option<PasswordHash> stored);

    record Password(PasswordDigest digest) implements TillSecret {
        public Password {
            Objects.requireNonNull(digest, "digest");
        }

        @Override
        public PasswordHash hashWith(PasswordHasher hasher, Option<PasswordHash> stored) {
            return stored.filter(hash -> hasher.matches(digest, hash)).getOrElse(() -> hasher.hash(digest));
        }
    }

    record Hashed(PasswordHash hash) implements TillSecret {
        public Hashed {
            Objects.requireNonNull(hash, "hash");
        }

        @Override
        public PasswordHash hashWith(PasswordHasher hasher, Option<PasswordHash> stored) {
            return hash;
        }
    }
}

package io.grouployalty.domain.org;

/** Turns password digests into slow salted hashes and checks digests against them. */
public interface PasswordHasher {

    PasswordHash hash(PasswordDigest digest);

    boolean matches(PasswordDigest digest, PasswordHash hash);
}

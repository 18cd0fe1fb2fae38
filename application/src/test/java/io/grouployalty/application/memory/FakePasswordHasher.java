package io.grouployalty.application.memory;

import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;

import java.util.concurrent.atomic.AtomicLong;

/** A fast stand-in for bcrypt with the same shape: a fresh salt per hash, so equal digests hash differently. */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicLong salts = new AtomicLong();

    @Override
    public PasswordHash hash(PasswordDigest digest) {
        String salt = String.format("%022d", salts.incrementAndGet());
        return new PasswordHash("$2a$04$" + salt + digest.hex().substring(0, 31));
    }

    @Override
    public boolean matches(PasswordDigest digest, PasswordHash hash) {
        return hash.value().endsWith(digest.hex().substring(0, 31));
    }
}

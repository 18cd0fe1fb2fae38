package io.grouployalty.bootstrap.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;

import java.nio.charset.StandardCharsets;

/** bcrypt over the password digest; the cost sets how slow each hash and check is. */
public final class BcryptPasswordHasher implements PasswordHasher {

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(PasswordDigest digest) {
        return new PasswordHash(new String(BCrypt.withDefaults().hash(cost, bytes(digest)), StandardCharsets.US_ASCII));
    }

    @Override
    public boolean matches(PasswordDigest digest, PasswordHash hash) {
        return BCrypt.verifyer().verify(bytes(digest), hash.value().getBytes(StandardCharsets.US_ASCII)).verified;
    }

    private static byte[] bytes(PasswordDigest digest) {
        return digest.hex().getBytes(StandardCharsets.US_ASCII);
    }
}

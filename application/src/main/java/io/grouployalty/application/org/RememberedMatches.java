package io.grouployalty.application.org;

import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password hashing that pays the slow comparison once per digest and stored hash: a digest that matched a hash matches
 * it again at once. A changed password is a new hash, so it is compared the slow way again; a mismatch is never
 * remembered. Only a one-way fingerprint of each matching pair is kept, at most {@value #MAX_REMEMBERED} of them.
 */
public final class RememberedMatches implements PasswordHasher {

    static final int MAX_REMEMBERED = 10_000;

    private final PasswordHasher slow;
    private final Set<String> matched = ConcurrentHashMap.newKeySet();

    public RememberedMatches(PasswordHasher slow) {
        this.slow = slow;
    }

    @Override
    public PasswordHash hash(PasswordDigest digest) {
        return slow.hash(digest);
    }

    @Override
    public boolean matches(PasswordDigest digest, PasswordHash hash) {
        String pair = fingerprint(digest, hash);
        if (matched.contains(pair)) {
            return true;
        }
        boolean matches = slow.matches(digest, hash);
        if (matches) {
            if (matched.size() >= MAX_REMEMBERED) {
                matched.clear();
            }
            matched.add(pair);
        }
        return matches;
    }

    private static String fingerprint(PasswordDigest digest, PasswordHash hash) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest((digest.hex() + ":" + hash.value()).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

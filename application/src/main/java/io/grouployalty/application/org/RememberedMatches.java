package io.grouployalty.application.org;

import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Digests that matched a stored hash, so that the slow comparison is paid once per digest and hash. A changed password
 * is a new hash, so it is compared the slow way again. Only a one-way fingerprint of each pair is kept, at most
 * {@value #MAX_REMEMBERED} of them.
 */
public final class RememberedMatches {

    static final int MAX_REMEMBERED = 10_000;

    private final Set<String> matched = ConcurrentHashMap.newKeySet();

    public boolean remembers(PasswordDigest digest, PasswordHash hash) {
        return matched.contains(fingerprint(digest, hash));
    }

    public void remember(PasswordDigest digest, PasswordHash hash) {
        if (matched.size() >= MAX_REMEMBERED) {
            matched.clear();
        }
        matched.add(fingerprint(digest, hash));
    }

    private static String fingerprint(PasswordDigest digest, PasswordHash hash) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest((digest.hex() + ":" + hash.value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

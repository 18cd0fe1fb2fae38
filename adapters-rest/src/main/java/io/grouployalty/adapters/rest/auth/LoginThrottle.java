package io.grouployalty.adapters.rest.auth;

import com.github.benmanes.caffeine.cache.Ticker;
import io.grouployalty.application.port.in.AuthenticateTill.SlowCheckBudget;
import io.vavr.control.Option;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Failed logins (API.md §6.36, §6.47), counted per name exactly as sent, each namespace apart, and per remote address:
 * {@value #FAILURES_PER_NAME} failures of a name within a minute block it for a minute; {@value #FAILED_CHECKS_PER_ADDRESS}
 * failed slow checks from an address within a second refuse its logins that need one for a second. Names and addresses
 * are kept only as salted 64-bit fingerprints, in bounded caches, so memory does not depend on what is sent.
 */
public final class LoginThrottle {

    /** A kind of name that logs in; names of different kinds are counted apart. */
    public enum Namespace {
        TILL_CODES
    }

    static final int FAILURES_PER_NAME = 10;
    static final Duration NAME_WINDOW = Duration.ofSeconds(60);
    static final int FAILED_CHECKS_PER_ADDRESS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofSeconds(1);
    static final int MAX_NAMES = 100_000;
    static final int MAX_ADDRESSES = 10_000;

    private final Ticker ticker;
    private final RecentFailures names;
    private final RecentFailures addresses;
    private final byte[] salt = new byte[16];

    public LoginThrottle(Ticker ticker) {
        this.ticker = ticker;
        this.names = new RecentFailures(FAILURES_PER_NAME, NAME_WINDOW, MAX_NAMES, ticker);
        this.addresses = new RecentFailures(FAILED_CHECKS_PER_ADDRESS, ADDRESS_WINDOW, MAX_ADDRESSES, ticker);
        new SecureRandom().nextBytes(salt);
    }

    /** True while {@code name} may not log in at all, whatever it sends. */
    public boolean blocked(Namespace namespace, String name) {
        return names.blocked(fingerprint(namespace.name(), name), RecentFailures.millis(ticker));
    }

    /** The budget of one login of {@code name} from {@code address}: a failed check counts against both. */
    public SlowCheckBudget budget(Namespace namespace, String name, String address) {
        long nameKey = fingerprint(namespace.name(), name);
        long addressKey = fingerprint("address", address);
        return slowCheck -> {
            int now = RecentFailures.millis(ticker);
            if (!names.reserve(nameKey, now)) {
                return Option.none();
            }
            if (!addresses.reserve(addressKey, now)) {
                names.settle(nameKey, now, false);
                return Option.none();
            }
            boolean failed = false;
            try {
                boolean passed = slowCheck.getAsBoolean();
                failed = !passed;
                return Option.some(passed);
            } finally {
                names.settle(nameKey, now, failed);
                addresses.settle(addressKey, now, failed);
            }
        };
    }

    private long fingerprint(String scope, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return ByteBuffer.wrap(sha.digest(value.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

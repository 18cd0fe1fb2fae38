package io.grouployalty.adapters.rest.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed logins per till code, known or not (API.md §6.36): {@value #MAX_FAILURES} failures within a minute
 * block that code for the next minute, whatever password it then sends. Memory is bounded by the number of codes kept.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final int MAX_CODES = 100_000;

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(MAX_CODES)
            .expireAfterWrite(WINDOW.multipliedBy(2))
            .build();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean blocked(String tillCode) {
        Failures recorded = failures.getIfPresent(tillCode);
        return recorded != null && recorded.blockedUntil() != null && clock.instant().isBefore(recorded.blockedUntil());
    }

    public void failed(String tillCode) {
        Instant now = clock.instant();
        failures.asMap().compute(tillCode, (code, recorded) -> next(recorded, now));
    }

    private static Failures next(Failures recorded, Instant now) {
        if (recorded != null && recorded.blockedUntil() != null && now.isBefore(recorded.blockedUntil())) {
            return recorded;
        }
        Failures counted = recorded == null || now.isAfter(recorded.since().plus(WINDOW))
                ? new Failures(now, 1, null)
                : new Failures(recorded.since(), recorded.count() + 1, null);
        return counted.count() >= MAX_FAILURES ? new Failures(counted.since(), counted.count(), now.plus(WINDOW)) : counted;
    }

    private record Failures(Instant since, int count, Instant blockedUntil) {
    }
}

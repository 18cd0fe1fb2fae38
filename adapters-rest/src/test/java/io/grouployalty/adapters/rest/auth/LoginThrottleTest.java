package io.grouployalty.adapters.rest.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String till, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(till);
        }
    }

    @Test
    void blocksACodeForAMinuteAfterTenFailuresWithinAMinute() {
        fail("cashier", 9);
        assertThat(throttle.blocked("cashier")).isFalse();

        fail("cashier", 1);
        assertThat(throttle.blocked("cashier")).isTrue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.blocked("cashier")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.blocked("cashier")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotBlock() {
        fail("cashier", 9);
        clock.advance(Duration.ofSeconds(61));
        fail("cashier", 9);

        assertThat(throttle.blocked("cashier")).isFalse();
    }

    @Test
    void otherCodesAreUnaffectedAndUnknownOnesCountAlike() {
        fail("nobody-knows-me", 10);

        assertThat(throttle.blocked("nobody-knows-me")).isTrue();
        assertThat(throttle.blocked("cashier")).isFalse();
    }

    @Test
    void readsTheTillCodeOfBasicCredentials() {
        assertThat(LoginThrottleFilter.tillCode("Basic ZGVtby50aWxsOnNlY3JldA==")).isEqualTo("demo.till");
        assertThat(LoginThrottleFilter.tillCode("Bearer x")).isNull();
        assertThat(LoginThrottleFilter.tillCode("Basic !!!")).isNull();
    }
}

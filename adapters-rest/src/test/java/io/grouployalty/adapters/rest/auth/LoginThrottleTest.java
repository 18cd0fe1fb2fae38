package io.grouployalty.adapters.rest.auth;

import com.github.benmanes.caffeine.cache.Ticker;
import io.grouployalty.adapters.rest.auth.LoginThrottle.Namespace;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A ticker the test moves. */
    private static final class MovingTicker implements Ticker {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long read() {
            return nanos;
        }
    }

    private final MovingTicker ticker = new MovingTicker();
    private final LoginThrottle throttle = new LoginThrottle(ticker);
    private int addresses;

    /** Failed logins of {@code code}, each from an address of its own, so that no address budget is spent. */
    private void fail(String code, int times) {
        for (int i = 0; i < times; i++) {
            check(code, "192.0.2." + addresses++, false);
        }
    }

    private Option<Boolean> check(String code, String address, boolean passes) {
        return throttle.budget(Namespace.TILL_CODES, code, address).check(() -> passes);
    }

    private boolean blocked(String code) {
        return throttle.blocked(Namespace.TILL_CODES, code);
    }

    @Test
    void blocksACodeForAMinuteAfterTenFailuresWithinAMinute() {
        fail("cashier", 9);
        assertThat(blocked("cashier")).isFalse();

        fail("cashier", 1);
        assertThat(blocked("cashier")).isTrue();
        assertThat(check("cashier", "198.51.100.1", true)).isEmpty();

        ticker.advance(Duration.ofSeconds(59));
        assertThat(blocked("cashier")).isTrue();
        ticker.advance(Duration.ofSeconds(2));
        assertThat(blocked("cashier")).isFalse();
        assertThat(check("cashier", "198.51.100.1", true)).contains(true);
    }

    @Test
    void theWindowSlidesSoFailuresAcrossAMinuteMarkStillBlock() {
        fail("cashier", 1);
        ticker.advance(Duration.ofSeconds(59));
        fail("cashier", 8);
        ticker.advance(Duration.ofSeconds(2));
        fail("cashier", 1);
        assertThat(blocked("cashier")).isFalse();

        fail("cashier", 1);

        assertThat(blocked("cashier")).isTrue();
    }

    @Test
    void aCodeTriedTwiceASecondForTenMinutesFailsAtMostTenTimesInAnySixtySeconds() {
        java.util.List<Long> failures = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 1_200; attempt++) {
            if (check("cashier", "192.0.2." + attempt % 200, false).isDefined()) {
                failures.add(ticker.read());
            }
            ticker.advance(Duration.ofMillis(500));
        }

        int most = 0;
        for (int from = 0; from < failures.size(); from++) {
            long start = failures.get(from);
            most = Math.max(most, (int) failures.stream().filter(at -> at >= start && at - start < Duration.ofSeconds(60).toNanos()).count());
        }
        assertThat(most).isEqualTo(10);
        assertThat(failures).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotBlock() {
        fail("cashier", 9);
        ticker.advance(Duration.ofSeconds(61));
        fail("cashier", 9);

        assertThat(blocked("cashier")).isFalse();
    }

    @Test
    void otherCodesAreUnaffectedAndUnknownOnesCountAlike() {
        fail("nobody-knows-me", 10);

        assertThat(blocked("nobody-knows-me")).isTrue();
        assertThat(blocked("cashier")).isFalse();
    }

    @Test
    void aCodeWithSpaceAroundOrInsideIsCountedAsItsOwnCode() {
        fail(" cashier", 10);
        fail("cashier ", 9);

        assertThat(blocked(" cashier")).isTrue();
        assertThat(blocked("cashier ")).isFalse();
        assertThat(blocked("cashier")).isFalse();
        assertThat(blocked("cash ier")).isFalse();
    }

    @Test
    void aPassedCheckIsNotCounted() {
        for (int i = 0; i < 50; i++) {
            assertThat(check("cashier", "198.51.100.1", true)).contains(true);
        }

        assertThat(blocked("cashier")).isFalse();
    }

    @Test
    void attemptsUnderWayHoldTheirPlaceSoTogetherTheyCannotOvershootTheLimit() {
        AtomicInteger checks = new AtomicInteger();

        failingCheckStartingAnotherWhileItRuns(checks);

        assertThat(checks).hasValue(10);
        assertThat(blocked("cashier")).isTrue();
    }

    private void failingCheckStartingAnotherWhileItRuns(AtomicInteger checks) {
        throttle.budget(Namespace.TILL_CODES, "cashier", "192.0.2." + checks.get()).check(() -> {
            checks.incrementAndGet();
            failingCheckStartingAnotherWhileItRuns(checks);
            return false;
        });
    }

    @Test
    void twentyFailedChecksFromAnAddressWithinASecondRefuseItsChecksForTheNextSecond() {
        for (int i = 0; i < 20; i++) {
            assertThat(check("guess-" + i, "203.0.113.7", false)).contains(false);
        }
        AtomicInteger checked = new AtomicInteger();

        assertThat(throttle.budget(Namespace.TILL_CODES, "cashier", "203.0.113.7").check(() -> checked.incrementAndGet() > 0)).isEmpty();
        assertThat(checked).hasValue(0);
        assertThat(blocked("cashier")).isFalse();
        assertThat(check("cashier", "203.0.113.8", true)).contains(true);

        ticker.advance(Duration.ofMillis(999));
        assertThat(check("cashier", "203.0.113.7", true)).isEmpty();
        ticker.advance(Duration.ofMillis(2));
        assertThat(check("cashier", "203.0.113.7", true)).contains(true);
    }

    @Test
    void aHundredThousandDistinctCodesOfAHundredCharactersRetainLessThan32MiB() {
        Random random = new Random(47);
        long before = usedHeapAfterCollection();
        LoginThrottle fed = new LoginThrottle(ticker);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder code = new StringBuilder(100);
            for (int c = 0; c < 100; c++) {
                code.append((char) (c % 2 == 0 ? 'a' + random.nextInt(26) : '\u0400' + random.nextInt(256)));
            }
            fed.budget(Namespace.TILL_CODES, code.toString(), "address-" + i).check(() -> false);
        }
        long retained = usedHeapAfterCollection() - before;
        Reference.reachabilityFence(fed);

        System.out.printf("THROTTLE retained %.1f MiB after failed logins of 100,000 codes from 100,000 addresses%n", retained / 1048576.0);
        assertThat(retained).isLessThan(32L << 20);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

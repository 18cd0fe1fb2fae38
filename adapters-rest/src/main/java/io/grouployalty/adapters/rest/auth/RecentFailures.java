package io.grouployalty.adapters.rest.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;

/**
 * Failures per key in a sliding window: {@code limit} failures within the window block the key until the window has
 * passed since the last of them. An attempt that may fail holds a place while it runs, so attempts made at once cannot
 * overshoot the limit; a failure counts from the moment its attempt took its place.
 */
final class RecentFailures {

    private final int limit;
    private final int window;
    private final Cache<Long, Failures> failures;

    RecentFailures(int limit, Duration window, long maxKeys, Ticker ticker) {
        this.limit = limit;
        this.window = Math.toIntExact(window.toMillis());
        this.failures = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).ticker(ticker).build();
    }

    /** A ticker's reading in milliseconds, cut to an int: only differences of a few windows are ever taken. */
    static int millis(Ticker ticker) {
        return (int) (ticker.read() / 1_000_000);
    }

    boolean blocked(long key, int now) {
        Failures recorded = failures.getIfPresent(key);
        return recorded != null && recorded.blocked(now, window);
    }

    /** Takes a place for an attempt, unless the key is blocked or its failures and running attempts reach the limit. */
    boolean reserve(long key, int now) {
        return written(key).reserve(now, window);
    }

    /** Gives back the place of the attempt that took it at {@code reservedAt}, counting it when it failed. */
    void settle(long key, int reservedAt, boolean failed) {
        written(key).settle(reservedAt, failed, window);
    }

    private Failures written(long key) {
        return failures.asMap().compute(key, (k, recorded) -> recorded == null ? new Failures(limit) : recorded);
    }

    /** The times of the last failures of one key, none older than two windows, and the attempts under way. */
    private static final class Failures {
        private final int[] times;
        private int size;
        private int running;

        Failures(int limit) {
            this.times = new int[limit];
        }

        synchronized boolean blocked(int now, int window) {
            return size == times.length && times[newest()] - times[oldest()] < window && now - times[newest()] < window;
        }

        synchronized boolean reserve(int now, int window) {
            forgetOlderThan(now - 2 * window);
            if (blocked(now, window) || within(now, window) + running >= times.length) {
                return false;
            }
            running++;
            return true;
        }

        synchronized void settle(int reservedAt, boolean failed, int window) {
            running = Math.max(0, running - 1);
            forgetOlderThan(reservedAt - 2 * window);
            if (failed) {
                times[size < times.length ? size++ : oldest()] = reservedAt;
            }
        }

        private int within(int now, int window) {
            int count = 0;
            for (int i = 0; i < size; i++) {
                count += now - times[i] < window ? 1 : 0;
            }
            return count;
        }

        private void forgetOlderThan(int moment) {
            for (int i = size - 1; i >= 0; i--) {
                if (times[i] - moment < 0) {
                    times[i] = times[--size];
                }
            }
        }

        private int oldest() {
            int oldest = 0;
            for (int i = 1; i < size; i++) {
                oldest = times[i] - times[oldest] < 0 ? i : oldest;
            }
            return oldest;
        }

        private int newest() {
            int newest = 0;
            for (int i = 1; i < size; i++) {
                newest = times[i] - times[newest] > 0 ? i : newest;
            }
            return newest;
        }
    }
}

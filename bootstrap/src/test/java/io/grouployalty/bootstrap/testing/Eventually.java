package io.grouployalty.bootstrap.testing;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it holds or the time is up, then fails with its last failure. */
public final class Eventually {

    private Eventually() {
    }

    public static Duration within(Duration limit, Runnable assertion) {
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        while (true) {
            try {
                assertion.run();
                return Duration.between(start, Instant.now());
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    /** Waits a tenth of a second between tries. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

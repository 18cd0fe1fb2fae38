package io.grouployalty.adapters.jdbc;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * How long a unit of work may wait for rows that other work holds (API.md §6.48). Requests try their locks without
 * waiting; a unit that finds its rows busy waits for them only with one of a few permits, and then at most a timeout.
 * Commands wait as long as it takes.
 */
public final class LockWaits {

    private final Optional<Semaphore> permits;
    private final Duration timeout;

    private LockWaits(Optional<Semaphore> permits, Duration timeout) {
        this.permits = permits;
        this.timeout = timeout;
    }

    /** For requests: {@code waiters} units at a time may wait, each at most {@code timeout}. */
    public static LockWaits bounded(int waiters, Duration timeout) {
        return new LockWaits(Optional.of(new Semaphore(waiters)), timeout);
    }

    /** For commands: every lock is waited for. */
    public static LockWaits unbounded() {
        return new LockWaits(Optional.empty(), Duration.ZERO);
    }

    boolean bounded() {
        return permits.isPresent();
    }

    Duration timeout() {
        return timeout;
    }

    /** Takes a permit to wait, when one is free at once. */
    boolean tryToWait() {
        return permits.map(Semaphore::tryAcquire).orElse(true);
    }

    void doneWaiting() {
        permits.ifPresent(Semaphore::release);
    }
}

package io.grouployalty.application.contract;

import io.grouployalty.domain.Transactions;
import io.vavr.control.Either;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

/** Two units of work on two threads: the second begins while the first, having taken its lock, still runs. */
final class WhileLocked {

    private static final long HOLD_MILLIS = 300;

    private WhileLocked() {
    }

    /** Runs {@code lock} and, {@value #HOLD_MILLIS} ms later, {@code finish} in one unit, and {@code meanwhile} in another begun between them. */
    static <T> void meanwhile(Transactions transactions, Supplier<T> lock, Consumer<T> finish, Runnable meanwhile) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Either<Object, T>> first = threads.submit(() -> transactions.inTransaction(() -> {
                T locked = lock.get();
                held.countDown();
                pause();
                finish.accept(locked);
                return Either.right(locked);
            }));
            assertThat(held.await(10, SECONDS)).as("the first unit took its lock").isTrue();
            Future<Either<Object, Boolean>> second = threads.submit(() -> transactions.inTransaction(() -> {
                meanwhile.run();
                return Either.right(true);
            }));
            first.get(10, SECONDS);
            second.get(10, SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

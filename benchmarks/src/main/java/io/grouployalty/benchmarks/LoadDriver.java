package io.grouployalty.benchmarks;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/** Drives one operation: closed-loop for throughput, open-loop at a fixed rate for latency. */
final class LoadDriver {

    /** One unit of work, e.g. one update item; throws when it did not succeed. */
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    private static final int OPEN_LOOP_THREADS = 64;

    private LoadDriver() {
    }

    /** {@code clients} threads each running the operation back to back for {@code duration}: operations per second. */
    static double closedLoop(int clients, Duration duration, Operation operation) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        operation.run();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            }, "client-" + i);
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        requireNoFailures(failed.get(), done.get(), firstFailure.get());
        return done.get() / seconds;
    }

    /**
     * Starts the operation at {@code perSecond} regardless of how long earlier ones take, and records each latency from its
     * intended start, so that waiting behind a slow operation counts (no coordinated omission).
     */
    static Histogram openLoop(double perSecond, Duration duration, Operation operation) throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(OPEN_LOOP_THREADS);
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (long intended = start; intended < end; intended += interval) {
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long scheduled = intended;
            workers.execute(() -> {
                try {
                    operation.run();
                    latencies.recordValue(Math.min(System.nanoTime() - scheduled, latencies.getHighestTrackableValue()));
                } catch (Exception e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the open-loop run did not finish");
        }
        requireNoFailures(failed.get(), latencies.getTotalCount(), firstFailure.get());
        return latencies;
    }

    private static void requireNoFailures(long failed, long done, Exception first) {
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + (failed + done) + " operations failed; the first: " + first, first);
        }
    }
}

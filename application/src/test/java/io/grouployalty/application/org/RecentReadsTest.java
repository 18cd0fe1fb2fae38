package io.grouployalty.application.org;

import com.github.benmanes.caffeine.cache.LoadingCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The memory behind the recent-read decorators: one read for concurrent misses, a bounded size, no failure kept. */
class RecentReadsTest {

    private static final int CALLERS = 8;

    private final MovingTicker ticker = new MovingTicker();
    private final RecentReads reads = new RecentReads(Duration.ofSeconds(4), 3, ticker);
    private final AtomicInteger storeReads = new AtomicInteger();
    private final List<Thread> callers = new CopyOnWriteArrayList<>();

    @Test
    @Timeout(10)
    void callersMissingTheSameOrgAtOnceReadItOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        LoadingCache<String, String> recent = reads.of(org -> {
            storeReads.incrementAndGet();
            reading.countDown();
            await(answer);
            return "settings of " + org;
        });
        FutureTask<String> first = call(() -> recent.get("org"));
        reading.await();
        List<FutureTask<String>> others = IntStream.range(1, CALLERS).mapToObj(caller -> call(() -> recent.get("org"))).toList();
        while (!allWaiting()) {
            Thread.onSpinWait();
        }

        answer.countDown();

        assertThat(first.get()).isEqualTo("settings of org");
        for (FutureTask<String> other : others) {
            assertThat(other.get()).isEqualTo("settings of org");
        }
        assertThat(storeReads).hasValue(1);
    }

    @Test
    void keepsNoMoreOrgsThanItsBound() {
        LoadingCache<Integer, Integer> recent = reads.of(org -> storeReads.incrementAndGet());

        IntStream.range(0, 20).forEach(recent::get);
        recent.cleanUp();

        assertThat(recent.estimatedSize()).isLessThanOrEqualTo(3);
        assertThat(storeReads).hasValue(20);
    }

    @Test
    void aFailedReadIsNotKept() {
        LoadingCache<String, String> recent = reads.of(org -> {
            if (storeReads.incrementAndGet() == 1) {
                throw new IllegalStateException("the store is unavailable");
            }
            return "settings of " + org;
        });

        assertThatThrownBy(() -> recent.get("org")).isInstanceOf(IllegalStateException.class);

        assertThat(recent.get("org")).isEqualTo("settings of org");
        assertThat(storeReads).hasValue(2);
    }

    private <T> FutureTask<T> call(Callable<T> read) {
        FutureTask<T> call = new FutureTask<>(read);
        Thread caller = new Thread(call);
        callers.add(caller);
        caller.start();
        return call;
    }

    /** Every caller but the reading one waits, for the read under way or, were reads not shared, in a read of its own. */
    private boolean allWaiting() {
        return callers.stream().skip(1).allMatch(caller -> caller.getState() == Thread.State.BLOCKED
                || caller.getState() == Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

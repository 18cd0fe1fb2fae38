package io.grouployalty.application.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/** Values read not longer ago than a bound: what is read again only once it may have changed. */
final class Recent<K, V> {

    private record Read<V>(V value, Instant at) {
    }

    private final ConcurrentMap<K, Read<V>> reads = new ConcurrentHashMap<>();
    private final Duration bound;
    private final Clock clock;

    Recent(Duration bound, Clock clock) {
        this.bound = bound;
        this.clock = clock;
    }

    V get(K key, Supplier<V> read) {
        Instant now = clock.instant();
        Read<V> recent = reads.get(key);
        if (recent != null && recent.at().plus(bound).isAfter(now)) {
            return recent.value();
        }
        V value = read.get();
        reads.put(key, new Read<>(value, now));
        return value;
    }

    void forget(K key) {
        reads.remove(key);
    }
}

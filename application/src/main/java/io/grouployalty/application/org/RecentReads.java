package io.grouployalty.application.org;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.function.Function;

/**
 * How reference data is kept in memory: each org's value read from its store at most {@code bound} ago (by
 * {@code ticker}), for at most {@code orgs} orgs, and a value missing for several callers at once read for them once.
 */
public record RecentReads(Duration bound, long orgs, Ticker ticker) {

    <K, V> LoadingCache<K, V> of(Function<K, V> read) {
        return Caffeine.newBuilder().expireAfterWrite(bound).maximumSize(orgs).ticker(ticker).build(read::apply);
    }
}

package io.grouployalty.benchmarks;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeded org ({@code benchmarks/bench-org.yml}): customers numbered 1..customers, the first 29,900 drivers of the big
 * fleet owner, the next 10 drivers of the small one, the rest free; the last {@link #ATTACHABLE} free ones are kept for
 * attachments, the others are what updates pick from.
 */
record BenchOrg(long id, int customers) {

    static final String TILL = "bench.till";
    static final String PASSWORD = "bench";
    static final int BIG_FLEET = 29_900;
    static final int SMALL_FLEET = 10;
    static final int ATTACHABLE = 200;

    static BenchOrg of(int customers) {
        if (customers < BIG_FLEET + SMALL_FLEET + 2 * ATTACHABLE) {
            throw new IllegalArgumentException("too few customers for the fleets: " + customers);
        }
        return new BenchOrg(5001, customers);
    }

    String mobile(long customer) {
        return Long.toString(910_000_000_000L + customer);
    }

    long bigFleetOwner() {
        return customers + 1L;
    }

    long smallFleetOwner() {
        return customers + 2L;
    }

    /** The customer whose stored document every seeded customer copies. */
    long template() {
        return customers + 3L;
    }

    long firstFree() {
        return BIG_FLEET + SMALL_FLEET + 1L;
    }

    long randomUpdatable() {
        return ThreadLocalRandom.current().nextLong(firstFree(), customers - ATTACHABLE + 1L);
    }

    /** The {@code index}-th customer kept free for attachments. */
    long attachable(int index) {
        return customers - ATTACHABLE + 1L + index;
    }
}

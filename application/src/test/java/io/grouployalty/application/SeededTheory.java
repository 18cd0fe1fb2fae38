package io.grouployalty.application;

import org.quicktheories.QuickTheory;

import static org.quicktheories.QuickTheory.qt;

/** The QuickTheories set-up of this project's property tests: a seed, a number of tries and a bound on shrinking. */
public final class SeededTheory {

    private SeededTheory() {
    }

    /**
     * {@code tries} tries drawn from {@code seed}, a failure shrunk for at most {@code shrinkCycles} cycles. QuickTheories
     * begins with its generators' shrink targets and then their minima, most often the same values, and skips a repeat
     * without trying it: one example more makes up for it.
     */
    public static QuickTheory of(long seed, int tries, int shrinkCycles) {
        return qt().withFixedSeed(seed).withExamples(tries + 1).withShrinkCycles(shrinkCycles);
    }
}

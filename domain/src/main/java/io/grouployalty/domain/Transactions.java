package io.grouployalty.domain;

import io.vavr.control.Either;

import java.util.function.Supplier;

/**
 * Runs units of work atomically. A unit whose rows other work holds may wait for them only briefly; past that it is
 * undone and fails with {@link RowsBusy}.
 */
public interface Transactions {

    /**
     * Runs {@code work} as one unit: it commits when the work answers right and is undone when it answers left or fails.
     * A unit inside another is undone alone (a savepoint), leaving the outer unit's other work in place.
     */
    <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work);

    /** Runs {@code attempts}, units of work that try one goal again, so that together they wait no longer than one unit may. */
    <T> T withOneWait(Supplier<T> attempts);

    /** Runs {@code work}, units inside it included, and undoes all of it: what a dry run answers, nothing kept. */
    <T> T rolledBack(Supplier<T> work);
}

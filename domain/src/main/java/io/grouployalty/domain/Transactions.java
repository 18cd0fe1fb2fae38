package io.grouployalty.domain;

import io.vavr.control.Either;

import java.util.function.Supplier;

/** Runs a unit of work atomically: it commits when the work answers right and rolls back when it answers left. */
public interface Transactions {

    <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work);
}

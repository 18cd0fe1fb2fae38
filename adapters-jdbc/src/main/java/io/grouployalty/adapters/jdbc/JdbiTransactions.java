package io.grouployalty.adapters.jdbc;

import io.grouployalty.domain.Transactions;
import io.vavr.control.Either;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * Units of work as PostgreSQL transactions, a unit inside another as a savepoint. The adapters' on-demand DAOs join
 * the transaction open on their thread.
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        return jdbi.inTransaction(handle -> nested(() -> depth.get() == 1 ? outermost(handle, work) : savepoint(handle, work)));
    }

    @Override
    public <T> T rolledBack(Supplier<T> work) {
        return jdbi.inTransaction(handle -> nested(() -> {
            try {
                return work.get();
            } finally {
                handle.rollback();
            }
        }));
    }

    private <T> T nested(Supplier<T> work) {
        int level = depth.get();
        depth.set(level + 1);
        try {
            return work.get();
        } finally {
            depth.set(level);
        }
    }

    private static <L, R> Either<L, R> outermost(Handle handle, Supplier<Either<L, R>> work) {
        Either<L, R> outcome = work.get();
        if (outcome.isLeft()) {
            handle.rollback();
        }
        return outcome;
    }

    private <L, R> Either<L, R> savepoint(Handle handle, Supplier<Either<L, R>> work) {
        String savepoint = "unit_" + depth.get();
        handle.savepoint(savepoint);
        Either<L, R> outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException | Error failure) {
            handle.rollbackToSavepoint(savepoint);
            throw failure;
        }
        if (outcome.isLeft()) {
            handle.rollbackToSavepoint(savepoint);
        } else {
            handle.releaseSavepoint(savepoint);
        }
        return outcome;
    }
}

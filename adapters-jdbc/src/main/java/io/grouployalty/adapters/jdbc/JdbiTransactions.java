package io.grouployalty.adapters.jdbc;

import io.grouployalty.domain.Transactions;
import io.vavr.control.Either;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Units of work as PostgreSQL transactions, a unit inside another as a savepoint; an outermost unit that PostgreSQL
 * undid for a deadlock or a serialization failure runs again, up to {@value #MAX_ATTEMPTS} times. The adapters' DAOs
 * ({@link Dao}) are attached once per outermost unit, to its handle.
 */
public final class JdbiTransactions implements Transactions {

    static final int MAX_ATTEMPTS = 5;

    /** The outermost unit open on this thread: its handle and the DAOs attached to it. */
    private record Unit(Jdbi jdbi, Handle handle, Map<Class<?>, Object> daos) {
    }

    private static final ThreadLocal<Unit> CURRENT = new ThreadLocal<>();

    private final Jdbi jdbi;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        if (depth.get() > 0) {
            return jdbi.inTransaction(handle -> nested(handle, () -> savepoint(handle, work)));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> nested(handle, () -> outermost(handle, work)));
            } catch (JdbiException failure) {
                if (attempt == MAX_ATTEMPTS || !retryable(failure)) {
                    throw failure;
                }
            }
        }
    }

    /** A deadlock or a serialization failure: PostgreSQL undid the transaction, which may simply run again. */
    private static boolean retryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T rolledBack(Supplier<T> work) {
        return jdbi.inTransaction(handle -> nested(handle, () -> {
            try {
                return work.get();
            } finally {
                handle.rollback();
            }
        }));
    }

    /** The DAO of {@code type} attached to the handle of the unit of work open on this thread over {@code jdbi}, if one is. */
    static <T> Optional<T> attached(Jdbi jdbi, Class<T> type) {
        Unit unit = CURRENT.get();
        if (unit == null || unit.jdbi() != jdbi) {
            return Optional.empty();
        }
        return Optional.of(type.cast(unit.daos().computeIfAbsent(type, unit.handle()::attach)));
    }

    private <T> T nested(Handle handle, Supplier<T> work) {
        int level = depth.get();
        depth.set(level + 1);
        if (level == 0) {
            CURRENT.set(new Unit(jdbi, handle, new HashMap<>()));
        }
        try {
            return work.get();
        } finally {
            depth.set(level);
            if (level == 0) {
                CURRENT.remove();
            }
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

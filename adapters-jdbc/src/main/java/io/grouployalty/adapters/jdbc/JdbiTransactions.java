package io.grouployalty.adapters.jdbc;

import io.grouployalty.domain.RowsBusy;
import io.grouployalty.domain.Transactions;
import io.vavr.control.Either;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Units of work as PostgreSQL transactions, a unit inside another as a savepoint; an outermost unit that PostgreSQL
 * undid for a deadlock or a serialization failure runs again, up to {@value #MAX_ATTEMPTS} times, and so does a dry
 * run. Row locks wait as {@link LockWaits} allow: a lock statement ends in {@code for update <wait>}, filled by
 * {@link #lockWait()}; a unit whose rows stay busy is undone and fails with {@link RowsBusy}. The adapters' DAOs
 * ({@link Dao}) are attached once per outermost unit, to its handle.
 */
public final class JdbiTransactions implements Transactions {

    static final int MAX_ATTEMPTS = 5;

    /** The outermost unit open on this thread: its handle, the DAOs attached to it, and whether its locks wait. */
    private record Unit(Jdbi jdbi, Handle handle, Map<Class<?>, Object> daos, LockWaits waits) {
    }

    private static final ThreadLocal<Unit> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> WAITING = ThreadLocal.withInitial(() -> false);

    private final Jdbi jdbi;
    private final LockWaits waits;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<Wait> wait = new ThreadLocal<>();

    /** One wait for rows: when it began, and how many units have run in it. */
    private static final class Wait {
        private final long started = System.nanoTime();
        private int units;

        long elapsedMillis() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    public JdbiTransactions(Jdbi jdbi, LockWaits waits) {
        this.jdbi = jdbi;
        this.waits = waits;
    }

    /** How the lock statements of the unit open on this thread take their rows: {@code nowait} until it may wait. */
    public static String lockWait() {
        Unit unit = CURRENT.get();
        return unit != null && unit.waits().bounded() && !WAITING.get() ? "nowait" : "";
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        return withOneWait(() -> {
            wait.get().units++;
            try {
                return attempt(work);
            } catch (JdbiException failure) {
                if (!waits.bounded() || !lockNotAvailable(failure)) {
                    throw failure;
                }
                return waitingAttempt(work, failure);
            }
        });
    }

    @Override
    public <T> T withOneWait(Supplier<T> attempts) {
        if (wait.get() != null) {
            return attempts.get();
        }
        wait.set(new Wait());
        try {
            return attempts.get();
        } finally {
            wait.remove();
        }
    }

    @Override
    public <T> T rolledBack(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> nested(handle, () -> {
                    try {
                        return work.get();
                    } finally {
                        handle.rollback();
                    }
                }));
            } catch (JdbiException failure) {
                if (attempt == MAX_ATTEMPTS || !retryable(failure)) {
                    throw failure;
                }
            }
        }
    }

    /** The DAO of {@code type} attached to the handle of the unit of work open on this thread over {@code jdbi}, if one is. */
    static <T> Optional<T> attached(Jdbi jdbi, Class<T> type) {
        Unit unit = CURRENT.get();
        if (unit == null || unit.jdbi() != jdbi) {
            return Optional.empty();
        }
        return Optional.of(type.cast(unit.daos().computeIfAbsent(type, unit.handle()::attach)));
    }

    /** The unit found its rows busy: it runs again, waiting for them, if a permit to wait is free and it holds none yet. */
    private <L, R> Either<L, R> waitingAttempt(Supplier<Either<L, R>> work, JdbiException busy) {
        if (WAITING.get() || !waits.tryToWait()) {
            throw new RowsBusy(busy);
        }
        WAITING.set(true);
        try {
            return attempt(work);
        } catch (JdbiException stillBusy) {
            throw lockNotAvailable(stillBusy) ? new RowsBusy(stillBusy) : stillBusy;
        } finally {
            WAITING.set(false);
            waits.doneWaiting();
        }
    }

    private <L, R> Either<L, R> attempt(Supplier<Either<L, R>> work) {
        if (depth.get() > 0) {
            return jdbi.inTransaction(handle -> nested(handle, () -> savepoint(handle, work)));
        }
        for (int attempt = 1; ; attempt++) {
            boolean again = attempt > 1 || wait.get().units > 1;
            try {
                return jdbi.inTransaction(handle -> nested(handle, () -> {
                    if (again || WAITING.get()) {
                        waitAtMostWhatIsLeft(handle);
                    }
                    return outermost(handle, work);
                }));
            } catch (JdbiException failure) {
                if (attempt == MAX_ATTEMPTS || !retryable(failure)) {
                    throw failure;
                }
            }
        }
    }

    /**
     * A unit that runs again, or waits for its rows, waits only for what is left of its one wait; a first run has the
     * session's lock timeout, which is all of it.
     */
    private void waitAtMostWhatIsLeft(Handle handle) {
        if (!waits.bounded()) {
            return;
        }
        long left = waits.timeout().toMillis() - wait.get().elapsedMillis();
        if (left <= 0) {
            throw new RowsBusy(null);
        }
        handle.execute("set local lock_timeout = " + left);
    }

    /** A deadlock or a serialization failure: PostgreSQL undid the transaction, which may simply run again. */
    private static boolean retryable(Throwable failure) {
        return anySqlState(failure, state -> "40P01".equals(state) || "40001".equals(state));
    }

    /** A lock tried without waiting, or waited for until the lock timeout, was not granted. */
    private static boolean lockNotAvailable(Throwable failure) {
        return anySqlState(failure, "55P03"::equals);
    }

    private static boolean anySqlState(Throwable failure, Predicate<String> wanted) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && wanted.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private <T> T nested(Handle handle, Supplier<T> work) {
        int level = depth.get();
        depth.set(level + 1);
        if (level == 0) {
            CURRENT.set(new Unit(jdbi, handle, new HashMap<>(), waits));
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
        boolean waitingHere = WAITING.get() && waits.bounded();
        Either<L, R> outcome;
        try {
            if (waitingHere) {
                waitAtMostWhatIsLeft(handle);
            }
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
        if (waitingHere) {
            handle.execute("set local lock_timeout to default");
        }
        return outcome;
    }
}

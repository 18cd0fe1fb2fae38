package io.grouployalty.application.memory;

import io.grouployalty.domain.Transactions;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;

import java.util.function.Supplier;

/** One unit of work at a time over in-memory tables; a left answer or an exception puts every table back as the unit found it. */
public final class InMemoryTransactions implements Transactions {

    private final List<InMemoryTable<?, ?>> tables;

    public InMemoryTransactions(InMemoryTable<?, ?>... tables) {
        this.tables = List.of(tables);
    }

    @Override
    public synchronized <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        List<Map<?, ?>> before = tables.map(InMemoryTable::snapshot);
        try {
            Either<L, R> outcome = work.get();
            if (outcome.isLeft()) {
                restore(before);
            }
            return outcome;
        } catch (RuntimeException | Error failure) {
            restore(before);
            throw failure;
        }
    }

    @Override
    public <T> T withOneWait(Supplier<T> attempts) {
        return attempts.get();
    }

    @Override
    public synchronized <T> T rolledBack(Supplier<T> work) {
        List<Map<?, ?>> before = tables.map(InMemoryTable::snapshot);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    private void restore(List<Map<?, ?>> before) {
        tables.zip(before).forEach(table -> table._1.restore(table._2));
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.domain.Transactions;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;

import java.util.function.Supplier;

/** One unit of work at a time over in-memory tables; a left answer or an exception puts every table back. */
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

    private void restore(List<Map<?, ?>> before) {
        tables.zip(before).forEach(table -> table._1.restore(table._2));
    }
}

package io.grouployalty.adapters.jdbc;

import io.grouployalty.domain.Transactions;
import io.vavr.control.Either;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/** Units of work as PostgreSQL transactions; the adapters' on-demand DAOs join the one open on their thread. */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        return jdbi.inTransaction(handle -> {
            Either<L, R> outcome = work.get();
            if (outcome.isLeft()) {
                handle.rollback();
            }
            return outcome;
        });
    }
}

package io.grouployalty.adapters.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * How an adapter reaches its DAO: inside a unit of work, the instance attached once to the unit's handle; outside one,
 * an on-demand instance that opens a handle per call. Attaching costs more than most statements, so a unit attaches
 * each DAO once, not once per call; and the DAO's description (methods, statements, mappers) is built here, into the
 * {@code Jdbi}'s configuration that every handle copies, instead of once per handle.
 */
public final class Dao<T> {

    private final Jdbi jdbi;
    private final Class<T> type;
    private final T onDemand;

    public Dao(Jdbi jdbi, Class<T> type) {
        this.jdbi = jdbi;
        this.type = type;
        this.onDemand = jdbi.onDemand(type);
        Extensions extensions = jdbi.getConfig(Extensions.class);
        extensions.findFactory(SqlObjectFactory.class).ifPresent(factory -> extensions.findMetadata(type, factory));
    }

    public T get() {
        return JdbiTransactions.attached(jdbi, type).orElse(onDemand);
    }
}

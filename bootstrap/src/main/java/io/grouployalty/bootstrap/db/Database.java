package io.grouployalty.bootstrap.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.grouployalty.adapters.jdbc.SchemaMigrations;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/** The open database of this process: a migrated, pooled data source, and the embedded server if this process runs one. */
public final class Database implements Managed, AutoCloseable {

    private final DataSourceFactory pool;
    private final ManagedDataSource dataSource;
    private final Optional<EmbeddedDatabase> embedded;
    private final int migrationsApplied;

    private Database(DataSourceFactory pool, ManagedDataSource dataSource, Optional<EmbeddedDatabase> embedded) {
        this.pool = pool;
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.migrationsApplied = new SchemaMigrations(pool.getUrl(), pool.getUser(), pool.getPassword()).migrate();
    }

    /** Whose sessions the pool opens: the server's requests, bounded in time (API.md §6.48), or a command's. */
    public enum Sessions { REQUESTS, COMMANDS }

    /**
     * Connects as configured (starting or joining the embedded server when no url is set) and migrates the schema, on
     * a connection of its own without the request sessions' timeouts.
     */
    public static Database open(DatabaseConfiguration configuration, MetricRegistry metrics, Sessions sessions) {
        Optional<EmbeddedDatabase> embedded = configuration.embeddedWanted()
                ? Optional.of(EmbeddedDatabase.startOrAttach(configuration.embedded().dataDirectory(), configuration.embedded().port()))
                : Optional.empty();
        DataSourceFactory pool = configuration.pool(embedded);
        if (sessions == Sessions.REQUESTS) {
            pool.getProperties().putAll(configuration.requestSession());
        }
        return new Database(pool, pool.build(metrics, "postgresql"), embedded);
    }

    public DataSourceFactory pool() {
        return pool;
    }

    public ManagedDataSource dataSource() {
        return dataSource;
    }

    /** How many migrations opening this database applied. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Plain JDBI over the pool, for commands; the server builds its own with metrics and health checks. */
    public Jdbi jdbi() {
        return Jdbi.create(dataSource).installPlugins();
    }

    public SchemaMigrations migrations() {
        return new SchemaMigrations(dataSource);
    }

    @Override
    public void stop() throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        try {
            dataSource.stop();
        } finally {
            if (embedded.isPresent()) {
                embedded.get().close();
            }
        }
    }
}

package io.grouployalty.adapters.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;

/** The database schema, brought up to date by versioned SQL migrations. */
public final class SchemaMigrations {

    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource) {
        this.flyway = configured().dataSource(dataSource).load();
    }

    /** Migrations on connections of their own, opened from {@code url}. */
    public SchemaMigrations(String url, String user, String password) {
        this.flyway = configured().dataSource(url, user, password).load();
    }

    private static FluentConfiguration configured() {
        return Flyway.configure()
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }

    /** Applies the migrations not yet applied; answers how many ran. */
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }

    /** True when every migration of this build is applied and none failed. */
    public boolean current() {
        return flyway.info().pending().length == 0 && flyway.validateWithResult().validationSuccessful;
    }
}

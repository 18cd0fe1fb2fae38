package io.grouployalty.bootstrap.db;

import com.codahale.metrics.health.HealthCheck;
import io.grouployalty.adapters.jdbc.SchemaMigrations;

/** Healthy when the database answers and every migration of this build is applied. */
public final class SchemaHealthCheck extends HealthCheck {

    private final SchemaMigrations migrations;

    public SchemaHealthCheck(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    protected Result check() {
        return migrations.current() ? Result.healthy() : Result.unhealthy("database schema is not current");
    }
}

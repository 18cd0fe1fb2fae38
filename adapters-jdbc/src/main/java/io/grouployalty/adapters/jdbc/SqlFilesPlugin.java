package io.grouployalty.adapters.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.sqlobject.SqlObjects;
import org.jdbi.v3.sqlobject.locator.SqlObjectClasspathSqlLocator;

/**
 * Every DAO's statements are the {@code .sql} files beside it on the classpath ({@code CustomerDao/locked.sql}), each
 * read and parsed once per {@link Jdbi}: one locator, so one cache, for all DAOs and all calls.
 */
public final class SqlFilesPlugin extends JdbiPlugin.Singleton {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.getConfig(SqlObjects.class).setSqlLocator(new SqlObjectClasspathSqlLocator());
    }
}

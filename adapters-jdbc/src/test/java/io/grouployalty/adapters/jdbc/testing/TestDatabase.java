package io.grouployalty.adapters.jdbc.testing;

import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;

/** One database of a test: its JDBC URL and credentials, and a data source opening plain connections to it. */
public record TestDatabase(String url, String user, String password, DataSource dataSource) {

    public Jdbi jdbi() {
        return Jdbi.create(dataSource).installPlugins();
    }
}

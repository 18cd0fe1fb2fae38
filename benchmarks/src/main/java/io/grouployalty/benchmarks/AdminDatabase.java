package io.grouployalty.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The bench's PostgreSQL server, as its administrator: databases made and copied, statement statistics. */
record AdminDatabase(String host, int port, String user, String password) {

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** A new, empty database {@code name}, or a copy of {@code template} when one is named; an older one is dropped first. */
    void recreate(String name, String template) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + (template == null ? "" : " template " + template));
        }
        try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        }
    }

    void resetStatementStatistics(String database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** Statements executed in {@code database} since the last reset, transaction control and the bench's own reads aside. */
    long statements(String database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             var result = statement.executeQuery("""
                     select coalesce(sum(calls), 0)
                       from pg_stat_statements
                      where dbid = (select oid from pg_database where datname = current_database())
                        and query !~* '^\\s*(begin|commit|rollback)' and query !~* 'pg_stat_statements'
                     """)) {
            result.next();
            return result.getLong(1);
        }
    }
}

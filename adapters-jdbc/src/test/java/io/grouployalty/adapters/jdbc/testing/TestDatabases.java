package io.grouployalty.adapters.jdbc.testing;

import io.grouployalty.adapters.jdbc.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Databases for tests: one PostgreSQL server per test JVM (embedded, or the server named by
 * {@code TEST_DATABASE_URL}), one migrated template on it, and a fresh copy of the template per caller.
 */
public final class TestDatabases {

    private static final String URL_VARIABLE = "TEST_DATABASE_URL";
    private static final TestDatabases INSTANCE = new TestDatabases();

    private final Server server;
    private final String template;
    private final List<String> created = new ArrayList<>();

    private TestDatabases() {
        server = Server.start();
        template = "gl_template_" + suffix();
        server.execute("create database " + template);
        new SchemaMigrations(server.dataSource(template)).migrate();
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "test-database-cleanup"));
    }

    /** A new, migrated database of its own. */
    public static TestDatabase migrated() {
        return INSTANCE.copyOf(INSTANCE.template);
    }

    /** A new database with no schema at all. */
    public static TestDatabase empty() {
        return INSTANCE.copyOf("template0");
    }

    private synchronized TestDatabase copyOf(String source) {
        String name = "gl_test_" + suffix();
        server.execute("create database " + name + " template " + source);
        created.add(name);
        return new TestDatabase(server.url(name), server.user(), server.password(), server.dataSource(name));
    }

    private synchronized void dropAll() {
        if (server.embedded()) {
            return;
        }
        created.add(template);
        created.forEach(name -> server.execute("drop database if exists " + name + " with (force)"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The PostgreSQL server the tests of this JVM share. */
    private record Server(String baseUrl, String user, String password, boolean embedded) {

        static Server start() {
            String external = System.getenv(URL_VARIABLE);
            if (external != null && !external.isBlank()) {
                return new Server(external, System.getenv("TEST_DATABASE_USER"), System.getenv("TEST_DATABASE_PASSWORD"), false);
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, true);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }

        String url(String database) {
            return baseUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)/[^?]*", "$1/" + database);
        }

        PGSimpleDataSource dataSource(String database) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url(database));
            if (user != null) {
                dataSource.setUser(user);
            }
            if (password != null) {
                dataSource.setPassword(password);
            }
            return dataSource;
        }

        void execute(String ddl) {
            try (Connection connection = dataSource("postgres").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(ddl);
            } catch (SQLException e) {
                throw new IllegalStateException("test database set-up failed: " + ddl, e);
            }
        }
    }
}

package io.grouployalty.bootstrap;

import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.EmbeddedServer;
import io.grouployalty.bootstrap.testing.PostgresProcesses;
import io.grouployalty.bootstrap.testing.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory made by the first version — zonky's defaults: every local login trusted, no password, the database and
 * every table owned by the superuser — is upgraded in place by the next process that owns it, every row kept (API.md §6.45).
 */
class EmbeddedDatabaseUpgradeEndToEndTest {

    private static final String TABLES_AND_SEQUENCES_OF_THE_SUPERUSER = """
            select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'S') and c.relowner = 'postgres'::regrole
            """;

    @TempDir
    Path workingDirectory;

    @Test
    void theNextOwnerPutsADataDirectoryOfTheFirstVersionBehindPasswordsAndKeepsItsRows() throws Exception {
        Path data = workingDirectory.resolve("data");
        madeByTheFirstVersion(data);
        assertThat(PostgresProcesses.loginRules(data)).as("the first version's pg_hba.conf").anyMatch(rule -> rule.contains("trust"));

        CliRun list = CliRun.of(EmbeddedServer.overrides(data), "org", "list", TestServer.CONFIG);

        assertThat(list.succeeded()).as(list.stderr()).isTrue();
        assertThat(list.stdout()).as("orgs after the upgrade").contains("1001");
        assertThat(PostgresProcesses.loginRules(data)).as("pg_hba.conf").noneMatch(rule -> rule.contains("trust"));
        try (EmbeddedServer server = EmbeddedServer.start(data)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> sources = http.send(request(server, "/v2/meta/sources").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> registered = http.send(request(server, "/v2/customers/bulk?source=INSTORE").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"919876500001\"}]}]}]"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(sources.statusCode()).as("the first version's till logs in").isEqualTo(200);
            assertThat(registered.statusCode()).as("a write into tables the superuser made: %s", registered.body()).isEqualTo(200);
            try (Connection connection = server.database().dataSource().getConnection()) {
                assertThat(answer(connection, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
                assertThat(answer(connection, TABLES_AND_SEQUENCES_OF_THE_SUPERUSER)).as("tables and sequences the superuser still owns").isEqualTo("0");
                assertThat(answer(connection, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
                        .as("the database's owner").isEqualTo("grouployalty");
            }
            assertThat(PostgresProcesses.acceptLogin(data, "postgres", "")).as("the superuser logs in without a password").isFalse();
        }
    }

    /** Starts PostgreSQL on {@code data} as the first version did, creates its database and applies the demo org to it as the superuser. */
    private static void madeByTheFirstVersion(Path data) throws Exception {
        Files.createDirectories(data);
        try (EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database grouployalty");
            CliRun apply = CliRun.of(Map.of(
                    "database.url", first.getJdbcUrl("postgres", "grouployalty"),
                    "database.user", "postgres",
                    "logging.level", "WARN"), "org", "apply", TestServer.CONFIG, "demo-org.yml");
            assertThat(apply.succeeded()).as(apply.stderr()).isTrue();
            try (Connection application = first.getDatabase("postgres", "grouployalty").getConnection()) {
                assertThat(answer(application, TABLES_AND_SEQUENCES_OF_THE_SUPERUSER)).as("tables and sequences the first version made")
                        .isNotEqualTo("0");
            }
        }
    }

    private static HttpRequest.Builder request(EmbeddedServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", TestServer.basic("demo.till", "demo123"));
    }

    private static String answer(Connection connection, String query) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}

package io.grouployalty.bootstrap.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.jackson.Jackson;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** API.md §6.48: the request pool's sessions are bounded in time; a command's are not. */
class DatabaseSessionsTest {

    private static final TestDatabase DATABASE = TestDatabases.migrated();

    private static DatabaseConfiguration configuration() {
        return Jackson.newObjectMapper().convertValue(Map.of(
                "url", DATABASE.url(),
                "user", DATABASE.user() == null ? "" : DATABASE.user(),
                "password", DATABASE.password() == null ? "" : DATABASE.password(),
                "lockTimeout", "1500ms",
                "statementTimeout", "7s"), DatabaseConfiguration.class);
    }

    private static Map<String, String> settings(Database.Sessions sessions) throws Exception {
        try (Database database = Database.open(configuration(), new MetricRegistry(), sessions);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (String name : new String[] {"lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout"}) {
                try (ResultSet result = statement.executeQuery("show " + name)) {
                    result.next();
                    shown.put(name, result.getString(1));
                }
            }
            return shown;
        }
    }

    @Test
    void requestSessionsHaveLockStatementAndIdleInTransactionTimeouts() throws Exception {
        assertThat(settings(Database.Sessions.REQUESTS)).containsExactly(
                Map.entry("lock_timeout", "1500ms"), Map.entry("statement_timeout", "7s"),
                Map.entry("idle_in_transaction_session_timeout", "30s"));
    }

    @Test
    void commandSessionsWaitAsLongAsTheirWorkTakes() throws Exception {
        assertThat(settings(Database.Sessions.COMMANDS)).containsExactly(
                Map.entry("lock_timeout", "0"), Map.entry("statement_timeout", "0"),
                Map.entry("idle_in_transaction_session_timeout", "0"));
    }

    @Test
    void requestSessionsStillQuoteNoRowValueInTheirErrors() throws Exception {
        try (Database database = Database.open(configuration(), new MetricRegistry(), Database.Sessions.REQUESTS);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create temporary table card (number text primary key)");
            statement.execute("insert into card values ('card-4111-secret')");

            SQLException failure = catchThrowableOfType(SQLException.class, () -> statement.execute("insert into card values ('card-4111-secret')"));

            assertThat(failure.getMessage()).contains("duplicate key").doesNotContain("card-4111-secret");
        }
    }

    @Test
    void requestConnectionsUseTcpKeepAliveAndASocketTimeoutBeyondTheStatementTimeout() {
        Map<String, String> session = configuration().requestSession();

        assertThat(session).containsEntry("tcpKeepAlive", "true");
        assertThat(Integer.parseInt(session.get("socketTimeout"))).isGreaterThan(7);
    }
}

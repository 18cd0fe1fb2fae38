package io.grouployalty.bootstrap.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Where the data lives: the PostgreSQL server at {@code url}, or, when it is empty, an embedded one. */
public class DatabaseConfiguration {

    @JsonProperty
    private String url = "";

    @JsonProperty
    private String user = "";

    @JsonProperty
    private String password = "";

    @JsonProperty
    @Min(1)
    @Max(200)
    private int maxConnections = 16;

    @JsonProperty
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration lockTimeout = Duration.seconds(2);

    @JsonProperty
    @Min(1)
    private Integer maxLockWaiters;

    @JsonProperty
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration statementTimeout = Duration.seconds(10);

    @JsonProperty
    @Valid
    @NotNull
    private Embedded embedded = new Embedded();

    /** A session idle in a transaction this long is ended by the server. */
    private static final Duration IDLE_IN_TRANSACTION_TIMEOUT = Duration.seconds(30);
    /** How much longer than the statement timeout a request connection waits for an answer before it gives up on it. */
    private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.seconds(10);

    public boolean embeddedWanted() {
        return url == null || url.isBlank();
    }

    public int maxConnections() {
        return maxConnections;
    }

    public Embedded embedded() {
        return embedded;
    }

    public java.time.Duration lockTimeout() {
        return lockTimeout.toJavaDuration();
    }

    /** How many units of work may wait for busy rows at once, when configured. */
    public Optional<Integer> maxLockWaiters() {
        return Optional.ofNullable(maxLockWaiters);
    }

    /**
     * The connection properties of a request session (API.md §6.48): lock, statement and idle-in-transaction timeouts,
     * TCP keep-alive and a socket timeout. Migrations and commands connect without them.
     */
    Map<String, String> requestSession() {
        String options = "-c lock_timeout=%d -c statement_timeout=%d -c idle_in_transaction_session_timeout=%d".formatted(
                lockTimeout.toMilliseconds(), statementTimeout.toMilliseconds(), IDLE_IN_TRANSACTION_TIMEOUT.toMilliseconds());
        long socketTimeoutSeconds = statementTimeout.toSeconds() + lockTimeout.toSeconds() + SOCKET_TIMEOUT_MARGIN.toSeconds();
        return Map.of("options", options, "tcpKeepAlive", "true", "socketTimeout", String.valueOf(socketTimeoutSeconds));
    }

    /** A connection pool to {@code embedded} when there is one, else to {@code url}. */
    DataSourceFactory pool(Optional<EmbeddedDatabase> embedded) {
        DataSourceFactory pool = new DataSourceFactory();
        pool.setDriverClass("org.postgresql.Driver");
        pool.setUrl(embedded.map(EmbeddedDatabase::jdbcUrl).orElse(url));
        pool.setUser(embedded.map(EmbeddedDatabase::user).orElse(user));
        pool.setPassword(embedded.map(EmbeddedDatabase::password).orElse(password));
        pool.setInitialSize(1);
        pool.setMinSize(1);
        pool.setMaxSize(maxConnections);
        pool.setValidationQuery("select 1");
        pool.setCheckConnectionOnBorrow(true);
        pool.setAutoCommentsEnabled(false);
        pool.getProperties().put("logServerErrorDetail", "false");
        return pool;
    }

    /** The embedded server's settings: its data directory, kept across runs, and its port (0 = any free one). */
    public static class Embedded {

        @JsonProperty
        @NotNull
        private Path dataDirectory = Path.of("data");

        @JsonProperty
        @Min(0)
        @Max(65535)
        private int port;

        public Path dataDirectory() {
            return dataDirectory.toAbsolutePath().normalize();
        }

        public int port() {
            return port;
        }
    }
}

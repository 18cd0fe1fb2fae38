package io.grouployalty.bootstrap.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;

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
    @Valid
    @NotNull
    private Embedded embedded = new Embedded();

    public boolean embeddedWanted() {
        return url == null || url.isBlank();
    }

    public int maxConnections() {
        return maxConnections;
    }

    public Embedded embedded() {
        return embedded;
    }

    /** A connection pool to {@code url}, or to {@code embeddedUrl} when no url is configured. */
    DataSourceFactory pool(String embeddedUrl, String embeddedUser) {
        DataSourceFactory pool = new DataSourceFactory();
        pool.setDriverClass("org.postgresql.Driver");
        pool.setUrl(embeddedWanted() ? embeddedUrl : url);
        pool.setUser(embeddedWanted() ? embeddedUser : user);
        pool.setPassword(embeddedWanted() ? "" : password);
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

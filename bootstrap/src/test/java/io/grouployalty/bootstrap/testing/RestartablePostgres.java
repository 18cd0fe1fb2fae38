package io.grouployalty.bootstrap.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** An embedded PostgreSQL on a fixed port and data directory, so that it can be stopped and started again under a running service. */
public final class RestartablePostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres running;

    public RestartablePostgres(Path data) {
        this.data = data;
        this.port = ServiceProcess.freePort();
        start();
    }

    public void start() {
        try {
            Files.createDirectories(data);
            running = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server; connections are cut and open transactions undone. */
    public void stop() {
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overrides of the shipped config.yml that point a quiet service at this database, on free ports. */
    public Map<String, String> overrides() {
        return Map.of(
                "database.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "database.user", "postgres",
                "server.applicationConnectors[0].port", "0",
                "server.adminConnectors[0].port", "0",
                "authentication.bcryptCost", "4",
                "logging.level", "OFF");
    }

    @Override
    public void close() {
        stop();
    }
}

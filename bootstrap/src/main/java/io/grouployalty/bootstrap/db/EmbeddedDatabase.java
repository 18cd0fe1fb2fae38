package io.grouployalty.bootstrap.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL 15 from packaged binaries, its data kept in one directory. The process that starts it owns it
 * and stops it on {@link #close()}, which the server calls after its last request; a process that finds it running
 * (by its {@code postmaster.pid}) connects to it instead and leaves it running.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "grouployalty";
    public static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration OWNER_START_WAIT = Duration.ofSeconds(30);

    private final int port;
    private final Optional<EmbeddedPostgres> owned;

    private EmbeddedDatabase(int port, Optional<EmbeddedPostgres> owned) {
        this.port = port;
        this.owned = owned;
    }

    /** Connects to the server running on {@code dataDirectory}, starting it first when none is. */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory, int port) {
        EmbeddedDatabase database = runningPort(dataDirectory)
                .map(running -> attach(dataDirectory, running))
                .orElseGet(() -> start(dataDirectory, port));
        database.createApplicationDatabase();
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public boolean owned() {
        return owned.isPresent();
    }

    @Override
    public void close() throws IOException {
        if (owned.isPresent()) {
            owned.get().close();
        }
    }

    private static EmbeddedDatabase attach(Path dataDirectory, int port) {
        LOG.info("Using the embedded PostgreSQL already running on {} (port {})", dataDirectory, port);
        return new EmbeddedDatabase(port, Optional.empty());
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LOG.info("Starting the embedded PostgreSQL on {}", dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedDatabase(postgres.getPort(), Optional.of(postgres));
        } catch (IllegalStateException lockedByAnotherProcess) {
            return awaitOtherOwner(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start on " + dataDirectory, e);
        }
    }

    /** Another process won the race to start the server: wait for it to be up, then use it. */
    private static EmbeddedDatabase awaitOtherOwner(Path dataDirectory) {
        Instant deadline = Instant.now().plus(OWNER_START_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Integer> running = runningPort(dataDirectory);
            if (running.isPresent()) {
                return attach(dataDirectory, running.get());
            }
            pause();
        }
        throw new IllegalStateException("The embedded PostgreSQL on " + dataDirectory + " is locked by another process that did not start it");
    }

    /** The port of a live server on this data directory: line 1 of postmaster.pid is its pid, line 4 its port. */
    private static Optional<Integer> runningPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && accepts(port) ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void createApplicationDatabase() {
        String admin = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
            LOG.info("Created database {} in the embedded PostgreSQL", DATABASE);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded PostgreSQL", e);
        }
    }
}

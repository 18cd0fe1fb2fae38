package io.grouployalty.bootstrap.db;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real PostgreSQL 15 from packaged binaries, its data kept in one directory, run as a production database: durable, on
 * loopback only, passwords only. The process that starts it owns it: it upgrades a data directory of the first version in
 * place, starts the server again when it dies, and stops it on {@link #close()}, which the server calls after its last
 * request. A process that finds it running (by its {@code postmaster.pid}) connects to it instead and leaves it running.
 * Either logs in as the {@link OwnerRole}, with the password kept in the data directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "grouployalty";

    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration OWNER_START_WAIT = Duration.ofSeconds(30);

    private final int port;
    private final String password;
    private final Optional<SupervisedPostgres> owned;

    private EmbeddedDatabase(int port, String password, Optional<SupervisedPostgres> owned) {
        this.port = port;
        this.password = password;
        this.owned = owned;
    }

    /** Connects to the server running on {@code dataDirectory}, starting it first when none is. */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory, int port) {
        return running(dataDirectory)
                .map(running -> attach(dataDirectory, running.port()))
                .orElseGet(() -> start(dataDirectory, port));
    }

    public String jdbcUrl() {
        return url(port, DATABASE);
    }

    String user() {
        return OwnerRole.NAME;
    }

    String password() {
        return password;
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

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static EmbeddedDatabase attach(Path dataDirectory, int port) {
        LOG.info("Using the embedded PostgreSQL already running on {} (port {})", dataDirectory, port);
        return new EmbeddedDatabase(port, awaitOwnerLogin(dataDirectory, port), Optional.empty());
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dataDirectory, e);
        }
        LOG.info("Starting the embedded PostgreSQL on {}", dataDirectory);
        PasswordFile superuserPasswordFile = new PasswordFile(dataDirectory, SUPERUSER);
        Logins logins = new Logins(dataDirectory);
        boolean superuserHasPassword = superuserPasswordFile.existing().isPresent() && logins.passwordsOnly();
        String superuserPassword = superuserPasswordFile.existing().orElseGet(PasswordFile::generated);
        SupervisedPostgres postgres;
        try {
            postgres = SupervisedPostgres.start(dataDirectory, port, superuserPassword, initialised -> {
                superuserPasswordFile.keep(superuserPassword);
                if (!superuserHasPassword) {
                    logins.letInTheSuperuserWithoutPassword();
                }
            });
        } catch (IllegalStateException lockedByAnotherProcess) {
            return awaitOtherOwner(dataDirectory);
        }
        try {
            Function<String, Jdbi> superuserOn = database -> Jdbi.create(url(postgres.port(), database), SUPERUSER, superuserPassword);
            if (!superuserHasPassword) {
                LOG.info("Giving the superuser of the embedded PostgreSQL on {} a password; passwords only from now on", dataDirectory);
                superuserOn.apply("postgres").useHandle(handle -> {
                    Logins.setPassword(handle, SUPERUSER, superuserPassword);
                    logins.requirePasswords(handle);
                });
            }
            String ownerPassword = new PasswordFile(dataDirectory, OwnerRole.NAME).readOrCreate();
            OwnerRole.prepare(superuserOn, DATABASE, ownerPassword);
            return new EmbeddedDatabase(postgres.port(), ownerPassword, Optional.of(postgres));
        } catch (RuntimeException e) {
            closeAfterFailure(postgres);
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL on " + dataDirectory, e);
        }
    }

    private static void closeAfterFailure(SupervisedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL after a failed start: {}", e.toString());
        }
    }

    /** Another process won the race to start the server: wait for it to be up, then use it. */
    private static EmbeddedDatabase awaitOtherOwner(Path dataDirectory) {
        Instant deadline = Instant.now().plus(OWNER_START_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Postmaster> running = running(dataDirectory);
            if (running.isPresent()) {
                return attach(dataDirectory, running.get().port());
            }
            pause();
        }
        throw new IllegalStateException("The embedded PostgreSQL on " + dataDirectory + " is locked by another process that did not start it");
    }

    /** The owner's password, once it lets the owner in: the owning process may still be preparing the role. */
    private static String awaitOwnerLogin(Path dataDirectory, int port) {
        PasswordFile passwordFile = new PasswordFile(dataDirectory, OwnerRole.NAME);
        Instant deadline = Instant.now().plus(OWNER_START_WAIT);
        String refusal = "it keeps no password for " + OwnerRole.NAME + " (started by an earlier version? stop it, then start it with this one)";
        while (Instant.now().isBefore(deadline)) {
            Optional<String> password = passwordFile.existing();
            if (password.isPresent()) {
                try (Connection ignored = DriverManager.getConnection(url(port, DATABASE), OwnerRole.NAME, password.get())) {
                    return password.get();
                } catch (SQLException refused) {
                    refusal = refused.getMessage();
                }
            }
            pause();
        }
        throw new IllegalStateException("Could not log in to the embedded PostgreSQL on " + dataDirectory + ": " + refusal);
    }

    /** The live server on this data directory, if one accepts connections. */
    private static Optional<Postmaster> running(Path dataDirectory) {
        return Postmaster.of(dataDirectory).filter(Postmaster::running).filter(postmaster -> accepts(postmaster.port()));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
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

package io.grouployalty.bootstrap.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The embedded PostgreSQL this process started and owns, with durable settings, started again whenever its postmaster ends
 * without being asked to, until this process stops it or shuts down.
 */
final class SupervisedPostgres implements AutoCloseable {

    /**
     * Given after zonky's own {@code -F} (fsync off) and in place of its {@code synchronous_commit=off}: PostgreSQL takes the last
     * value of a setting on its command line. No unix socket at all: pgJDBC connects over TCP. After a crash, one {@code syncfs}
     * of the file system instead of an fsync of each of the data directory's thousand files: it starts again in a fraction of
     * a second instead of seconds.
     */
    private static final Map<String, String> SERVER_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "recovery_init_sync_method", "syncfs",
            "listen_addresses", "127.0.0.1",
            "unix_socket_directories", "''");

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedPostgres.class);
    private static final Duration WATCH_PERIOD = Duration.ofMillis(200);
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final EmbeddedPostgres zonky;
    private final Path pgCtl;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "embedded-postgres-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread shutdownHook = new Thread(this::stopWatching, "embedded-postgres-shutdown");
    private volatile boolean stopping;
    private volatile Postmaster postmaster;

    private SupervisedPostgres(Path dataDirectory, EmbeddedPostgres zonky) throws IOException {
        this.dataDirectory = dataDirectory;
        this.zonky = zonky;
        this.pgCtl = postgresBinary(dataDirectory).resolveSibling("pg_ctl");
        this.postmaster = Postmaster.of(dataDirectory).orElseThrow(() -> new IOException("No running postmaster named in " + dataDirectory.resolve("postmaster.pid")));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        watch.scheduleWithFixedDelay(this::startAgainIfEnded, WATCH_PERIOD.toMillis(), WATCH_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (running initdb first when it is new); {@code beforeStart} may change the data
     * directory just before the postmaster starts. zonky's start-up probe logs in as the superuser with {@code superuserPassword}.
     *
     * @throws IllegalStateException when another process holds the data directory
     */
    static SupervisedPostgres start(Path dataDirectory, int port, String superuserPassword, Consumer<File> beforeStart) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(START_WAIT)
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", superuserPassword)
                .setDataDirectoryCustomizer(beforeStart);
        SERVER_SETTINGS.forEach(builder::setServerConfig);
        try {
            EmbeddedPostgres zonky = builder.start();
            try {
                return new SupervisedPostgres(dataDirectory, zonky);
            } catch (IOException | RuntimeException e) {
                zonky.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start on " + dataDirectory, e);
        }
    }

    int port() {
        return zonky.getPort();
    }

    /** The postgres binary of the last start, as the first word of {@code postmaster.opts}, which {@code pg_ctl restart} reads too. */
    private static Path postgresBinary(Path dataDirectory) throws IOException {
        String options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
        return Path.of(options.substring(0, options.indexOf(" \"")));
    }

    private synchronized void startAgainIfEnded() {
        if (stopping || postmaster.running()) {
            return;
        }
        Postmaster named = Postmaster.of(dataDirectory).filter(Postmaster::running).orElse(null);
        if (named != null) {
            postmaster = named;
            return;
        }
        LOG.warn("The embedded PostgreSQL on {} has ended (postmaster {}); starting it again", dataDirectory, postmaster.process().pid());
        Instant begun = Instant.now();
        try {
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            int exit = restart();
            Postmaster started = Postmaster.of(dataDirectory).filter(Postmaster::running).orElse(null);
            if (exit != 0 || started == null) {
                LOG.warn("The embedded PostgreSQL on {} did not start again (pg_ctl exit {}); trying again", dataDirectory, exit);
                return;
            }
            postmaster = started;
            LOG.info("The embedded PostgreSQL on {} runs again, after {} ms", dataDirectory, Duration.between(begun, Instant.now()).toMillis());
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL on {} could not be started again ({}); trying again", dataDirectory, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code pg_ctl restart}: with no postmaster running it starts one with the binary and the options of the last start
     * ({@code postmaster.opts}), so with the settings above, and waits until it accepts connections, after crash recovery.
     */
    private int restart() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "restart", "-D", dataDirectory.toString(), "-w", "-t", Long.toString(START_WAIT.toSeconds())));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private void stopWatching() {
        stopping = true;
        watch.shutdown();
    }

    /**
     * Stops watching, waits for a start under way, then stops the server and waits until it has stopped: zonky waits 5 s only,
     * and the shutdown checkpoint of a busy server, written to disk now, may take longer.
     */
    @Override
    public void close() throws IOException {
        stopWatching();
        try {
            watch.awaitTermination(START_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("Shutting down: the embedded PostgreSQL on {} stops with this process", dataDirectory);
        }
        Postmaster last = Postmaster.of(dataDirectory).orElse(postmaster);
        zonky.close();
        awaitEnd(last);
    }

    private void awaitEnd(Postmaster last) {
        Instant deadline = Instant.now().plus(START_WAIT);
        while (last.running() && Instant.now().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(WATCH_PERIOD.toNanos());
        }
        if (last.running()) {
            LOG.warn("The embedded PostgreSQL on {} has not stopped yet", dataDirectory);
        }
    }
}

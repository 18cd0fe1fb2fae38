package io.grouployalty.bootstrap.testing;

import io.grouployalty.bootstrap.db.Postmaster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The processes of an embedded PostgreSQL, found by its data directory's {@code postmaster.pid}. */
public final class PostgresProcesses {

    private PostgresProcesses() {
    }

    /**
     * Kills the postmaster and all its children at once with {@code kill -KILL} (each child is a process group of its own, so
     * the postmaster's group alone would spare them), as a crash does: shared memory, with its unwritten WAL, is lost.
     */
    public static void killAll(Path dataDirectory) {
        Postmaster postmaster = Postmaster.of(dataDirectory).filter(Postmaster::running).orElseThrow();
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        Stream.concat(Stream.of(postmaster.process()), postmaster.process().descendants())
                .forEach(process -> command.add(Long.toString(process.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(kill.waitFor()).as("%s: %s", command, output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(postmaster.running()).as("postmaster %d running", postmaster.process().pid())
                .isFalse());
    }

    /** The rules of the data directory's {@code pg_hba.conf}: its lines that are neither blank nor comments. */
    public static List<String> loginRules(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve("pg_hba.conf")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int port(Path dataDirectory) {
        return Postmaster.of(dataDirectory).orElseThrow().port();
    }

    /** Whether the server lets {@code user} in with {@code password} (over TCP, as pgJDBC connects). */
    public static boolean acceptLogin(Path dataDirectory, String user, String password) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port(dataDirectory) + "/postgres", user, password)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }
}

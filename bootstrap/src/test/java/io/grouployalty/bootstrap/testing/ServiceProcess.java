package io.grouployalty.bootstrap.testing;

import io.grouployalty.bootstrap.GroupLoyaltyApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The service as an operating-system process of its own, started with {@code server} and stopped or killed by the test. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service on a free port with {@code overrides} of the shipped config.yml and waits until it answers. */
    public static ServiceProcess start(Map<String, String> overrides) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("service", ".log");
            List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
            Map<String, String> settings = new LinkedHashMap<>(overrides);
            settings.put("server.applicationConnectors[0].port", String.valueOf(port));
            settings.forEach((key, value) -> command.add("-Ddw." + key + "=" + value));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), GroupLoyaltyApplication.class.getName(), "server", TestServer.CONFIG));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(process, port, log);
            service.awaitAnswering();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitAnswering() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service process ended while starting:\n" + output());
            }
            try {
                http.send(HttpRequest.newBuilder(uri("/v2/meta/sources")).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Eventually.pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("the service process did not answer within " + STARTUP + ":\n" + output());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Ends the process at once, as {@code kill -9} does: no shutdown hook, no draining of requests. */
    public void kill() {
        process.destroyForcibly();
        awaitEnd();
    }

    /** What the process printed so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private void awaitEnd() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        awaitEnd();
    }
}

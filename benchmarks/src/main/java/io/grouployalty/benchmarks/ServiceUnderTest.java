package io.grouployalty.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The service jar as a process of its own against one bench database. */
final class ServiceUnderTest implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final int adminPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceUnderTest(Process process, int port, int adminPort) {
        this.process = process;
        this.port = port;
        this.adminPort = adminPort;
    }

    /** Runs one command of the jar ({@code org apply …}) against {@code databaseUrl} and fails when it fails. */
    static void command(BenchSettings settings, String databaseUrl, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", settings.serviceJar().toString()));
        command.addAll(List.of(arguments));
        Process process = builder(settings, databaseUrl, command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the service's command failed: " + command);
        }
    }

    static ServiceUnderTest start(BenchSettings settings, String databaseUrl, Path log) throws IOException, InterruptedException {
        int port = freePort();
        int adminPort = freePort();
        List<String> command = List.of(java(), "-Xmx" + settings.serviceHeap(), "-jar", settings.serviceJar().toString(),
                "server", settings.serviceConfig().toString());
        ProcessBuilder builder = builder(settings, databaseUrl, command);
        builder.environment().putAll(Map.of("HTTP_PORT", Integer.toString(port), "ADMIN_PORT", Integer.toString(adminPort)));
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceUnderTest service = new ServiceUnderTest(process, port, adminPort);
        service.awaitAnswering(log);
        return service;
    }

    private static ProcessBuilder builder(BenchSettings settings, String databaseUrl, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("DATABASE_URL", databaseUrl, "DATABASE_USER", settings.database().user(),
                "DATABASE_PASSWORD", settings.database().password()));
        return builder;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitAnswering(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended while starting:\n" + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(uri("/v2/meta/sources")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the service did not answer within 90 s");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Heap in use right after a full collection, in bytes. */
    long heapAfterGc() throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (gc.waitFor() != 0) {
            throw new IllegalStateException("jcmd GC.run failed");
        }
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(metrics.body()).at("/gauges/jvm.memory.heap.used/value").asLong();
    }

    /** Resident set size of the service process, in bytes. */
    long residentSetSize() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for the service process");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}

package io.grouployalty.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** One or more running services on one database: where requests go, where their effects are stored. */
public final class Deployment {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUSY_TRIES = 200;
    private static final AtomicInteger BUSY_ANSWERS = new AtomicInteger();

    private final String name;
    private final List<URI> services;
    private final TestDatabase database;
    private final Map<String, String> overrides;
    private final List<ServiceProcess> processes;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();

    private Deployment(String name, List<URI> services, TestDatabase database, Map<String, String> overrides, List<ServiceProcess> processes) {
        this.name = name;
        this.services = services;
        this.database = database;
        this.overrides = overrides;
        this.processes = processes;
    }

    /** The service all end-to-end tests share, in this JVM. */
    public static Deployment oneService() {
        TestServer server = TestServer.shared();
        return new Deployment("one service", List.of(server.uri("")), server.database(), server.overrides(), List.of());
    }

    /** {@code count} service processes on a database of their own. */
    public static Deployment serviceProcesses(int count) {
        TestDatabase database = TestDatabases.migrated();
        Map<String, String> overrides = TestServer.overridesFor(database);
        List<ServiceProcess> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            processes.add(ServiceProcess.start(overrides));
        }
        return new Deployment(count + " service processes", processes.stream().map(process -> process.uri("")).toList(), database,
                overrides, processes);
    }

    public TestDatabase database() {
        return database;
    }

    public InvariantChecker invariants() {
        return new InvariantChecker(database.jdbi());
    }

    public void orgApply(String orgYaml) {
        CliRun run = TestServer.orgApply(overrides, orgYaml);
        if (!run.succeeded()) {
            throw new IllegalStateException("org apply failed: " + run.stderr() + run.stdout());
        }
    }

    /** Sends one request to the {@code index}-th service (round robin). */
    public Answer send(int index, Request request) {
        try {
            URI service = services.get(index % services.size());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(request.path()))
                    .header("Authorization", request.authorization()).header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends one request to the {@code index}-th service as a client that honours a busy answer (503) does: sends it
     * again after a short pause, a bounded number of times, and answers the first answer that is not busy.
     */
    public Answer sendUntilAcknowledged(int index, Request request) {
        Answer answer = send(index, request);
        for (int attempt = 1; attempt < BUSY_TRIES && answer.busy(); attempt++) {
            BUSY_ANSWERS.incrementAndGet();
            Eventually.pause();
            answer = send(index, request);
        }
        return answer;
    }

    /** How many busy answers the race clients of this JVM sent again. */
    public static int busyAnswers() {
        return BUSY_ANSWERS.get();
    }

    /**
     * Sends {@code count} requests at once, spread over the services, each until it is acknowledged (a busy answer is
     * sent again), and answers their answers in order.
     */
    public List<Answer> race(int count, IntFunction<Request> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Request sent = request.apply(index);
                answers.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return sendUntilAcknowledged(index, sent);
                }));
            }
            List<Answer> results = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                results.add(answer.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Stops the service processes this deployment started. */
    public void stop() {
        processes.forEach(ServiceProcess::close);
    }

    public record Request(String method, String path, String authorization, String body) {
    }

    /** An HTTP answer: its status and its JSON body. */
    public record Answer(int status, JsonNode body) {

        /** The code of the first error of the first item of a bulk answer, or 0 when it has none. */
        public int itemErrorCode() {
            return body.at("/0/errors/0/code").asInt(0);
        }

        public boolean itemSucceeded() {
            return status == 200 && body.at("/0/errors").isEmpty();
        }

        /** The code of the first error of a request-level envelope, or 0 when it has none. */
        public int errorCode() {
            return body.at("/errors/0/code").asInt(0);
        }

        /** A request-level 503, or a bulk answer whose first item failed with 503: the row was busy, try again. */
        public boolean busy() {
            return status == 503 || itemErrorCode() == 503;
        }
    }
}

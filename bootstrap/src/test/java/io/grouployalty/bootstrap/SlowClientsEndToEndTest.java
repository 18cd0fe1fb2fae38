package io.grouployalty.bootstrap;

import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slowloris: sixty connections that stall in their headers, stall in their body, or trickle their body byte by byte
 * take neither the threads nor the turns of other clients, whose requests are answered promptly meanwhile, and the
 * server closes every one of them once it has been idle, or too slow, for the configured time.
 */
class SlowClientsEndToEndTest {

    private static final int PER_KIND = 20;
    private static final long IDLE_TIMEOUT_MILLIS = 2_000;
    private static final int TRICKLED_BYTES = 20;
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "slow." + ORG;
    private static final String BODY = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"98"
            + String.format("%010d", ORG % 10_000_000_000L) + "\"}]}], \"extendedFields\": {\"city\": \"Pune\"}}";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static DropwizardTestSupport<GroupLoyaltyConfiguration> server;

    @BeforeAll
    static void aServerWithFewSlotsAndAShortIdleTimeout() throws Exception {
        Map<String, String> overrides = new HashMap<>(TestServer.overridesFor(TestDatabases.migrated()));
        overrides.putAll(Map.of(
                "database.maxConnections", "4",
                "requests.maxActive", "4",
                "requests.maxWaiting", "4",
                "server.maxThreads", "16",
                "server.minThreads", "4",
                "server.applicationConnectors[0].idleTimeout", IDLE_TIMEOUT_MILLIS + "ms",
                "logging.level", "OFF"));
        server = TestServer.application(overrides);
        server.before();
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, "org: {id: %d, name: Slow}\ntills: [{code: %s, password: pw}]\nextendedFields: [{name: city, type: STRING}]\n"
                .formatted(ORG, TILL));
        assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, org.toString()).succeeded()).isTrue();
        assertThat(HTTP.send(update("POST"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.after();
    }

    /** One slow connection: what it sends at first, then how it goes on. */
    private record SlowClient(String kind, String opening, boolean trickles) {
    }

    private static String head(int contentLength) {
        return "PUT /v2/customers/bulk?source=INSTORE HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TestServer.basic(TILL, "pw")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Test
    void slowClientsStarveNobodyAndAreClosedAfterTheTimeout() throws Exception {
        List<SlowClient> clients = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            clients.add(new SlowClient("stalled headers", "PUT /v2/customers/bulk?source=INSTORE HTTP/1.1\r\nHost: localhost\r\nAuthor", false));
            clients.add(new SlowClient("stalled body", head(BODY.length()) + BODY.substring(0, 10), false));
            clients.add(new SlowClient("trickled body", head(BODY.length()), true));
        }
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            List<CompletableFuture<Closing>> closings = clients.stream()
                    .map(client -> CompletableFuture.supplyAsync(() -> closing(client), threads)).toList();
            Thread.sleep(200);

            List<Long> normal = normalRequestsFor(IDLE_TIMEOUT_MILLIS - 400);

            List<Closing> closed = closings.stream().map(CompletableFuture::join).toList();
            for (String kind : List.of("stalled headers", "stalled body", "trickled body")) {
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < clients.size(); i++) {
                    if (clients.get(i).kind().equals(kind)) {
                        millis.add(closed.get(i).millis());
                    }
                }
                System.out.printf("slow clients: %d with %s closed by the server %d..%d ms after their last byte%n",
                        millis.size(), kind, millis.stream().mapToLong(Long::longValue).min().orElseThrow(),
                        millis.stream().mapToLong(Long::longValue).max().orElseThrow());
            }
            System.out.printf("slow clients: meanwhile %d normal requests, slowest %d ms%n", normal.size(),
                    normal.stream().mapToLong(Long::longValue).max().orElseThrow());
            assertThat(normal).hasSizeGreaterThan(5).allSatisfy(millis -> assertThat(millis).isLessThan(1_000));
            assertThat(closed).allSatisfy(closing -> {
                assertThat(closing.millis()).isLessThan(IDLE_TIMEOUT_MILLIS + 2_000);
                assertThat(closing.answer()).doesNotStartWith("HTTP/1.1 200");
            });
        } finally {
            threads.shutdownNow();
        }
    }

    /** Sends normal requests one after another for a while; each must be answered 200, and its time is kept. */
    private static List<Long> normalRequestsFor(long millis) throws Exception {
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            HttpResponse<String> response = HTTP.send(update("PUT"), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        return times;
    }

    /** How a slow connection ended: how long after its last byte the server closed it, and what it answered first. */
    @Test
    void aBodyThatStopsAfterTheReadAheadIsAnswered400AndTheConnectionClosed() {
        Closing stalled = closing(new SlowClient("stalled large body", head(100_000) + "[" + " ".repeat(20_000), false));

        assertThat(stalled.millis()).isLessThan(IDLE_TIMEOUT_MILLIS + 2_000);
        assertThat(stalled.answer()).startsWith("HTTP/1.1 400").contains("\"code\":400");
    }

    private record Closing(long millis, String answer) {
    }

    private static HttpRequest update(String method) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + "/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", TestServer.basic(TILL, "pw")).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(BODY)).build();
    }

    /**
     * Opens a connection and sends the client's opening and then, if it trickles, one byte of the body every 100 ms for
     * a while; waits until the server closes the connection.
     */
    private static Closing closing(SlowClient client) {
        try (Socket socket = new Socket("localhost", server.getLocalPort())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 5);
            OutputStream out = socket.getOutputStream();
            out.write(client.opening().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong lastByte = new AtomicLong(System.nanoTime());
            CompletableFuture<Void> trickle = client.trickles()
                    ? CompletableFuture.runAsync(() -> trickle(out, lastByte)) : CompletableFuture.completedFuture(null);
            String answer = answerUntilClosed(socket.getInputStream(), client.kind());
            trickle.cancel(true);
            return new Closing((System.nanoTime() - lastByte.get()) / 1_000_000, answer);
        } catch (IOException e) {
            throw new IllegalStateException(client.kind() + " could not connect", e);
        }
    }

    /** Everything the server sends until it closes the connection (a reset included); fails if it never does. */
    private static String answerUntilClosed(InputStream in, String kind) {
        StringBuilder answer = new StringBuilder();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.append((char) b);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server kept a connection with " + kind + " open; it answered " + answer, stillOpen);
        } catch (IOException reset) {
            // a reset closes the connection too
        }
        return answer.toString();
    }

    private static void trickle(OutputStream out, AtomicLong lastByte) {
        try {
            for (byte b : BODY.substring(0, TRICKLED_BYTES).getBytes(StandardCharsets.US_ASCII)) {
                Thread.sleep(100);
                out.write(b);
                out.flush();
                lastByte.set(System.nanoTime());
            }
        } catch (IOException | InterruptedException closed) {
            // the server closed the connection, or the test is over
        }
    }
}

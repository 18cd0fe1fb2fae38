package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Far more concurrent requests than the server works on at once: it works on a handful, answers every other one
 * 503 in the contract's envelope within a bounded time, keeps its heap bounded, and serves normally afterwards.
 * The requests are made slow by a row lock the test holds on the customer they all update, which every request with a
 * turn may wait for (as many lock waiters as turns, and a long lock timeout).
 */
class LoadSheddingEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACTIVE = 4;
    private static final int WAITING = 8;
    private static final int REQUESTS = 200;
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "shed." + ORG;
    private static final String MOBILE = "97" + String.format("%010d", ORG % 10_000_000_000L);
    private static final String UPDATE = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + MOBILE
            + "\"}]}], \"extendedFields\": {\"city\": \"%s\"}}";

    private static TestDatabase database;
    private static DropwizardTestSupport<GroupLoyaltyConfiguration> server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void aServerWithAHandfulOfSlots() throws Exception {
        database = TestDatabases.migrated();
        Map<String, String> overrides = new HashMap<>(TestServer.overridesFor(database));
        overrides.putAll(Map.of(
                "database.maxConnections", String.valueOf(ACTIVE),
                "requests.maxActive", String.valueOf(ACTIVE),
                "requests.maxWaiting", String.valueOf(WAITING),
                "requests.maxWait", "1s",
                "database.maxLockWaiters", String.valueOf(ACTIVE),
                "database.lockTimeout", "30s",
                "server.maxThreads", "16",
                "server.minThreads", "4",
                "logging.level", "ERROR"));
        server = TestServer.application(overrides);
        server.before();
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, """
                org: {id: %d, name: Shedding}
                tills: [{code: %s, password: pw}]
                extendedFields: [{name: city, type: STRING}]
                """.formatted(ORG, TILL));
        assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, org.toString()).succeeded()).isTrue();
        HttpResponse<String> registered = send("POST", UPDATE.formatted("Pune")).join();
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.after();
    }

    private static CompletableFuture<HttpResponse<String>> send(String method, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + "/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", TestServer.basic(TILL, "pw")).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private record Answer(HttpResponse<String> response, long millis) {
    }

    @Test
    void excessRequestsAreShedQuicklyWithTheEnvelopeAndTheServerRecovers() throws Exception {
        long heapBefore = usedHeapAfterCollection();
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        List<Answer> shed;
        try (Connection lock = database.dataSource().getConnection()) {
            lockTheCustomer(lock);
            for (int i = 0; i < REQUESTS; i++) {
                long started = System.nanoTime();
                answers.add(send("PUT", UPDATE.formatted("City " + i))
                        .thenApply(response -> new Answer(response, (System.nanoTime() - started) / 1_000_000)));
            }
            shed = awaitAnswers(answers, REQUESTS - ACTIVE);
            lock.rollback();
        }
        List<Answer> all = answers.stream().map(CompletableFuture::join).toList();
        long heapAfter = usedHeapAfterCollection();

        List<Long> shedMillis = shed.stream().map(Answer::millis).sorted().toList();
        long served = all.stream().filter(answer -> answer.response().statusCode() == 200).count();
        System.out.printf("load shedding: %d served, %d shed; shed latency p50 %d ms, p99 %d ms, max %d ms; used heap %d MiB before, %d MiB after%n",
                served, shed.size(), shedMillis.get(shedMillis.size() / 2), shedMillis.get(shedMillis.size() * 99 / 100),
                shedMillis.get(shedMillis.size() - 1), heapBefore >> 20, heapAfter >> 20);
        assertThat(all).extracting(answer -> answer.response().statusCode()).containsOnly(200, 503);
        assertThat(shed).allSatisfy(answer -> assertThat(answer.response().statusCode()).isEqualTo(503));
        assertThat(served).isEqualTo(ACTIVE);
        for (Answer answer : shed) {
            JsonNode body = JSON.readTree(answer.response().body());
            assertThat(body.at("/errors/0/code").asInt()).as(answer.response().body()).isEqualTo(503);
            assertThat(body.at("/errors/0/status").asBoolean(true)).isFalse();
            assertThat(body.get("warnings").isEmpty()).isTrue();
            assertThat(answer.response().headers().firstValue("X-Cap-Requestid")).isPresent();
        }
        assertThat(shedMillis.get(shedMillis.size() * 99 / 100)).isLessThan(2_000);
        assertThat(heapAfter - heapBefore).isLessThan(64L << 20);
        assertThat(cityStored()).startsWith("City ");
        for (int i = 0; i < 3 * ACTIVE; i++) {
            assertThat(send("PUT", UPDATE.formatted("After " + i)).join().statusCode()).isEqualTo(200);
        }
        assertThat(cityStored()).isEqualTo("After " + (3 * ACTIVE - 1));
    }

    private static void lockTheCustomer(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("select 1 from customer where org_id = ? for update")) {
            statement.setLong(1, ORG);
            try (ResultSet locked = statement.executeQuery()) {
                assertThat(locked.next()).isTrue();
            }
        }
    }

    /** Waits until {@code count} requests are answered (the others wait for the lock) and gives those answers. */
    private static List<Answer> awaitAnswers(List<CompletableFuture<Answer>> answers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (answers.stream().filter(CompletableFuture::isDone).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        return answers.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
    }

    private static String cityStored() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "select document -> 'extendedFields' ->> 'city' from customer where org_id = :org")
                .bind("org", ORG).mapTo(String.class).one());
    }

    private static long usedHeapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void moreTurnsThanDatabaseConnectionsIsRefusedAtStart() {
        Map<String, String> overrides = new HashMap<>(TestServer.overridesFor(TestDatabases.migrated()));
        overrides.putAll(Map.of("database.maxConnections", "4", "requests.maxActive", "8"));

        CliRun migrate = CliRun.of(overrides, "db", "migrate", TestServer.CONFIG);

        assertThat(migrate.succeeded()).isFalse();
        assertThat(migrate.stderr() + migrate.stdout()).contains("requests.maxActive must not exceed database.maxConnections");
    }
}

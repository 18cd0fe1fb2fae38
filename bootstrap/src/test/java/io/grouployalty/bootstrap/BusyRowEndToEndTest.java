package io.grouployalty.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
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
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §6.48: one customer's row held locked by another connection holds only the requests for that customer. Twenty
 * clients keep updating it (honouring Retry-After) while eight closed-loop clients update other customers of the same
 * org and of another; the eight get no 503 and their p99 stays within twice what it is without the lock.
 */
class BusyRowEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG_A = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final long ORG_B = ORG_A + 1;
    private static final int LOOPERS = 20;
    private static final int OTHERS = 8;
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("busy.phaseSeconds", 10));
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);
    /** How long a request may wait for a turn (requests.maxWait), and what a loaded 2-core machine adds. */
    private static final Duration TURN_WAIT = Duration.ofSeconds(1);
    private static final Duration SCHEDULING = Duration.ofSeconds(2);

    /** What the server logged as errors, shown when an answer was not the one expected. */
    private static final ListAppender<ILoggingEvent> SERVER_ERRORS = new ListAppender<>();

    private static TestDatabase database;
    private static DropwizardTestSupport<GroupLoyaltyConfiguration> server;

    @BeforeAll
    static void twoOrgsWithCustomers() throws Exception {
        database = TestDatabases.migrated();
        Map<String, String> overrides = new HashMap<>(TestServer.overridesFor(database));
        overrides.put("logging.level", "ERROR");
        server = TestServer.application(overrides);
        server.before();
        SERVER_ERRORS.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(SERVER_ERRORS);
        for (long org : List.of(ORG_A, ORG_B)) {
            Path file = Files.createTempFile("org", ".yml");
            Files.writeString(file, """
                    org: {id: %d, name: Busy}
                    tills: [{code: busy.%d, password: pw}]
                    extendedFields: [{name: city, type: STRING}]
                    hierarchies:
                      - code: fleet
                        roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 10}, {code: DRIVER}]
                    companies: [{externalId: busy-co, name: Busy Co, hierarchyDefinitionCode: fleet}]
                    """.formatted(org, org));
            assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, file.toString()).succeeded()).isTrue();
        }
        HttpClient http = client();
        assertThat(send(http, "POST", ORG_A, target(), "registered").statusCode()).isEqualTo(200);
        for (int i = 0; i < OTHERS; i++) {
            assertThat(send(http, "POST", otherOrg(i), other(i), "registered").statusCode()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(SERVER_ERRORS);
        server.after();
    }

    @Test
    void aLockedCustomerHoldsOnlyItsOwnRequests() throws Exception {
        Phase free = run(false);
        Phase locked = run(true);
        System.out.printf("busy row: other customers' p99 %d ms without the lock, %d ms with it (%d and %d requests); "
                        + "locked customer: %d answers, %d busy, slowest %d ms%n",
                free.othersP99(), locked.othersP99(), free.others.size(), locked.others.size(),
                locked.loopers.size(), locked.busyLoopers(), locked.slowestLooper());

        assertThat(free.othersFailed()).isEmpty();
        assertThat(locked.othersFailed()).as("answers to clients of other customers").isEmpty();
        assertThat(locked.othersP99()).isLessThanOrEqualTo(2 * Math.max(free.othersP99(), 1));
        assertThat(locked.loopers).isNotEmpty();
        assertThat(locked.loopers.stream().filter(answer -> !answer.itemBusy()).toList())
                .as("answers to the locked customer's clients other than the item's 503; the server logged: %s", serverErrors())
                .isEmpty();
        assertThat(locked.slowestLooper()).isLessThan(LOCK_TIMEOUT.plus(TURN_WAIT).plus(SCHEDULING).toMillis());
        assertThat(send(client(), "PUT", ORG_A, target(), "after").statusCode()).isEqualTo(200);
    }

    @Test
    void aBusyItemFailsAloneAndTheOtherItemsOfItsBatchApply() throws Exception {
        try (LockHolder holder = lockTheTarget()) {
            HttpResponse<String> answer = send(client(), "PUT", ORG_A,
                    "[" + item(target(), "batch") + "," + item(other(0), "batch") + "]");
            JsonNode items = JSON.readTree(answer.body());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(items.at("/0/errors/0/code").asInt()).isEqualTo(503);
            assertThat(items.at("/1/errors").isEmpty()).isTrue();
        }
        assertThat(city(ORG_A, other(0))).isEqualTo("batch");
        assertThat(city(ORG_A, target())).isNotEqualTo("batch");
    }

    @Test
    void aBusyCompanyAnswersTheRequestLevel503WithinTheLockTimeout() throws Exception {
        HttpResponse<String> answer;
        long millis;
        try (Connection holder = database.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from company where org_id = ? and external_id = 'busy-co' for update")) {
                lock.setLong(1, ORG_A);
                assertThat(lock.executeQuery().next()).isTrue();
            }
            long started = System.nanoTime();
            answer = sendTo(client(), "PUT", ORG_A, "/v2/companies?externalId=busy-co", "{\"extendedFields\": {\"region\": \"west\"}}");
            millis = (System.nanoTime() - started) / 1_000_000;
            holder.rollback();
        }

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(JSON.readTree(answer.body()).at("/errors/0/code").asInt()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("1");
        assertThat(millis).isLessThan(LOCK_TIMEOUT.plus(SCHEDULING).toMillis());
        assertThat(sendTo(client(), "PUT", ORG_A, "/v2/companies?externalId=busy-co", "{\"extendedFields\": {\"region\": \"west\"}}")
                .statusCode()).isEqualTo(200);
    }

    private record Answer(int status, String body, String retryAfter, long millis, long answeredAt) {
        /** The answer to a one-item batch whose item was busy: 500 with {@code Retry-After: 1} and the item's 503. */
        boolean itemBusy() {
            try {
                return status == 500 && "1".equals(retryAfter) && JSON.readTree(body).at("/0/errors/0/code").asInt() == 503;
            } catch (IOException notJson) {
                return false;
            }
        }
    }

    private record Phase(List<Answer> others, List<Answer> loopers) {
        long othersP99() {
            List<Long> millis = new ArrayList<>(others.stream().map(Answer::millis).toList());
            Collections.sort(millis);
            return millis.isEmpty() ? 0 : millis.get((int) Math.min(millis.size() - 1, Math.ceil(millis.size() * 0.99) - 1));
        }

        List<Answer> othersFailed() {
            return others.stream().filter(answer -> answer.status() != 200).toList();
        }

        long busyLoopers() {
            return loopers.stream().filter(answer -> answer.status() != 200).count();
        }

        long slowestLooper() {
            return loopers.stream().mapToLong(Answer::millis).max().orElse(0);
        }
    }

    /** One phase: the loopers and the other clients for {@link #PHASE}, with the target's row locked or not. */
    private static Phase run(boolean lockTarget) throws Exception {
        ConcurrentLinkedQueue<Answer> others = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> loopers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(LOOPERS + OTHERS);
        LockHolder holder = lockTarget ? lockTheTarget() : null;
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < LOOPERS; i++) {
                done.add(CompletableFuture.runAsync(() -> loop(running, () -> {
                    Answer answer = timed(client(), ORG_A, target(), "looper " + counter.incrementAndGet());
                    loopers.add(answer);
                    if (answer.retryAfter() != null) {
                        pause(Duration.ofSeconds(Long.parseLong(answer.retryAfter())));
                    }
                }), clients));
            }
            for (int i = 0; i < OTHERS; i++) {
                int client = i;
                done.add(CompletableFuture.runAsync(() -> {
                    HttpClient http = client();
                    loop(running, () -> others.add(timed(http, otherOrg(client), other(client), "other " + counter.incrementAndGet())));
                }, clients));
            }
            pause(PHASE);
            running.set(false);
            long released = System.nanoTime();
            if (holder != null) {
                holder.close();
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            return new Phase(List.copyOf(others), loopers.stream().filter(answer -> answer.answeredAt() < released).toList());
        } finally {
            clients.shutdown();
        }
    }

    /** Another connection holds the target's row: {@code begin; select … for update; select pg_sleep(60)}. */
    private static LockHolder lockTheTarget() throws Exception {
        Connection connection = database.dataSource().getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("""
                select 1 from customer
                 where org_id = ? and customer_id = (select customer_id from customer_identifier where org_id = ? and value = ?)
                   for update""")) {
            lock.setLong(1, ORG_A);
            lock.setLong(2, ORG_A);
            lock.setString(3, target());
            assertThat(lock.executeQuery().next()).isTrue();
        }
        Statement sleep = connection.createStatement();
        CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
            try {
                sleep.execute("select pg_sleep(60)");
            } catch (SQLException cancelled) {
                assertThat(cancelled.getSQLState()).isEqualTo("57014");
            }
        });
        pause(Duration.ofMillis(200));
        return new LockHolder(connection, sleep, sleeping);
    }

    /** The connection that holds the lock: closing it cancels its sleep and rolls its transaction back. */
    private record LockHolder(Connection connection, Statement sleep, CompletableFuture<Void> sleeping) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            sleep.cancel();
            sleeping.join();
            connection.rollback();
            connection.close();
        }
    }

    private static void loop(AtomicBoolean running, Runnable request) {
        while (running.get()) {
            request.run();
        }
    }

    private static Answer timed(HttpClient http, long org, String mobile, String city) {
        long started = System.nanoTime();
        HttpResponse<String> response = send(http, "PUT", org, mobile, city);
        long answered = System.nanoTime();
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null),
                (answered - started) / 1_000_000, answered);
    }

    private static HttpResponse<String> send(HttpClient http, String method, long org, String mobile, String city) {
        return send(http, method, org, item(mobile, city));
    }

    private static HttpResponse<String> send(HttpClient http, String method, long org, String body) {
        return sendTo(http, method, org, "/v2/customers/bulk?source=INSTORE", body);
    }

    private static HttpResponse<String> sendTo(HttpClient http, String method, long org, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + path))
                .header("Authorization", TestServer.basic("busy." + org, "pw")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(90))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String item(String mobile, String city) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile
                + "\"}]}], \"extendedFields\": {\"city\": \"" + city + "\"}}";
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static String target() {
        return "96" + String.format("%010d", ORG_A % 10_000_000_000L);
    }

    private static String other(int client) {
        return "95" + String.format("%08d", ORG_A % 100_000_000L) + String.format("%02d", client);
    }

    private static long otherOrg(int client) {
        return client < OTHERS / 2 ? ORG_A : ORG_B;
    }

    private static String city(long org, String mobile) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        select c.document -> 'extendedFields' ->> 'city' from customer c
                          join customer_identifier i on i.org_id = c.org_id and i.customer_id = c.customer_id
                         where c.org_id = :org and i.value = :mobile""")
                .bind("org", org).bind("mobile", mobile).mapTo(String.class).one());
    }

    private static String serverErrors() {
        return SERVER_ERRORS.list.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList().toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.RestartablePostgres;
import io.grouployalty.bootstrap.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The database goes away and comes back: requests meanwhile fail cleanly with 503, and the server recovers alone. */
class DatabaseOutageEndToEndTest {

    private static final int WRITERS = 8;
    private static final int RESTARTS = Integer.getInteger("chaos.rounds", 1);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
        RestartablePostgres database = new RestartablePostgres(directory.resolve("pg"));
        Map<String, String> overrides = database.overrides();
        DropwizardTestSupport<GroupLoyaltyConfiguration> server = TestServer.application(overrides);
        server.before();
        try {
            assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, "demo-org.yml").succeeded()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest lookup = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort()
                            + "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=919999999999"))
                    .header("Authorization", TestServer.basic("demo.till", "demo123")).GET().build();
            assertThat(http.send(lookup, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

            database.stop();
            HttpResponse<String> down = http.send(lookup, HttpResponse.BodyHandlers.ofString());

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"code\":503").doesNotContain("SQL", "postgres", "Exception");

            database.start();
            Eventually.within(Duration.ofSeconds(20), () -> {
                try {
                    assertThat(http.send(lookup, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            server.after();
            database.close();
        }
    }

    @Test
    void restartingTheDatabaseUnderLoadHalfAppliesNoItemAndTheServiceServesAgainWithinFiveSeconds() throws Exception {
        RestartablePostgres database = new RestartablePostgres(directory.resolve("pg"));
        DropwizardTestSupport<GroupLoyaltyConfiguration> server = TestServer.application(database.overrides());
        server.before();
        try {
            assertThat(TestServer.orgApply(database.overrides(), """
                    org: {id: 7, name: Restarts}
                    tills: [{code: restarts, password: pw}]
                    extendedFields: [{name: a, type: STRING}, {name: b, type: STRING}]
                    """).succeeded()).isTrue();
            Writers writers = new Writers(server.getLocalPort());
            writers.start();
            List<Duration> recoveries = new ArrayList<>();
            for (int restart = 0; restart < RESTARTS; restart++) {
                writers.awaitAcknowledgements(WRITERS * 5);
                database.stop();
                writers.awaitUnavailable();
                database.start();
                Instant back = Instant.now();
                writers.awaitAcknowledgements(WRITERS * 5);
                recoveries.add(Duration.between(back, writers.firstAcknowledgementAfter(back)));
            }
            writers.stop();

            assertThat(writers.unexpected).as("answers other than 200 or the 503 envelope").isEmpty();
            assertThat(recoveries).allSatisfy(recovery -> assertThat(recovery).isLessThanOrEqualTo(RECOVERY_LIMIT));
            Jdbi jdbi = Jdbi.create(database.overrides().get("database.url"), "postgres", "");
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.assertStoredWholly(jdbi, writer);
            }
            System.out.printf("CHAOS restarts=%d requests=%d acknowledged=%d unavailable=%d recovery_ms=%s%n", RESTARTS,
                    writers.sent.get(), writers.acknowledged.get(), writers.unavailable.get(),
                    recoveries.stream().map(recovery -> Long.toString(recovery.toMillis())).toList());
        } finally {
            server.after();
            database.close();
        }
    }

    /** Threads that each update their own customer in a loop, every request setting a, b and the first name to its number. */
    private static final class Writers {

        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final AtomicInteger unavailable = new AtomicInteger();
        private final long[] lastAcknowledged = new long[WRITERS];
        private final long[] lastSent = new long[WRITERS];
        private final List<Instant> acknowledgedAt = Collections.synchronizedList(new ArrayList<>());
        private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();

        Writers(int port) {
            this.port = port;
        }

        private static String mobile(int writer) {
            return "91000000000" + writer;
        }

        private HttpResponse<String> send(String method, String item) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v2/customers/bulk?source=INSTORE"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", TestServer.basic("restarts", "pw"))
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(item)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void start() throws Exception {
            for (int writer = 0; writer < WRITERS; writer++) {
                String registration = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile(writer) + "\"}]}]}";
                assertThat(send("POST", registration).statusCode()).isEqualTo(200);
                int own = writer;
                Thread thread = new Thread(() -> write(own), "writer-" + writer);
                threads.add(thread);
                thread.start();
            }
        }

        private void write(int writer) {
            for (long version = 1; running.get(); version++) {
                String item = "{\"profiles\": [{\"firstName\": \"" + version + "\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                        + mobile(writer) + "\"}]}], \"extendedFields\": {\"a\": \"" + version + "\", \"b\": \"" + version + "\"}}";
                lastSent[writer] = version;
                sent.incrementAndGet();
                try {
                    HttpResponse<String> answer = send("PUT", item);
                    if (answer.statusCode() == 200 && JSON.readTree(answer.body()).at("/0/errors").isEmpty()) {
                        lastAcknowledged[writer] = version;
                        acknowledged.incrementAndGet();
                        acknowledgedAt.add(Instant.now());
                    } else if (answer.statusCode() == 503 && JSON.readTree(answer.body()).at("/errors/0/code").asInt() == 503) {
                        unavailable.incrementAndGet();
                    } else {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException | InterruptedException e) {
                    unexpected.add(e.toString());
                }
            }
        }

        void awaitAcknowledgements(int more) {
            int target = acknowledged.get() + more;
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(acknowledged.get()).isGreaterThanOrEqualTo(target));
        }

        void awaitUnavailable() {
            int target = unavailable.get() + WRITERS;
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(unavailable.get()).isGreaterThanOrEqualTo(target));
        }

        Instant firstAcknowledgementAfter(Instant moment) {
            synchronized (acknowledgedAt) {
                return acknowledgedAt.stream().filter(at -> at.isAfter(moment)).min(Instant::compareTo).orElseThrow();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        /** The customer holds one request's values throughout, no older than the last acknowledged, and its history ends with them. */
        void assertStoredWholly(Jdbi jdbi, int writer) {
            Map<String, Object> stored = jdbi.withHandle(handle -> handle.createQuery("""
                    select customer.document -> 'extendedFields' ->> 'a' as a, customer.document -> 'extendedFields' ->> 'b' as b,
                           customer.document -> 'profiles' -> 0 ->> 'firstName' as first_name,
                           (select string_agg(distinct change ->> 'after', ',')
                              from json_array_elements((select changes from change_history history
                                                         where history.org_id = customer.org_id and history.customer_id = customer.customer_id
                                                         order by change_id desc limit 1)) change
                             where change ->> 'path' like '/extendedFields/%') as last_change
                      from customer
                      join customer_identifier identifier using (org_id, customer_id)
                     where customer.org_id = 7 and identifier.value = :mobile
                    """).bind("mobile", mobile(writer)).mapToMap().one());
            assertThat(stored.get("b")).as("b of writer %d", writer).isEqualTo(stored.get("a"));
            assertThat(stored.get("first_name")).as("first name of writer %d", writer).isEqualTo(stored.get("a"));
            assertThat(stored.get("last_change")).as("last history entry of writer %d", writer).isEqualTo(stored.get("a"));
            assertThat(Long.parseLong((String) stored.get("a"))).as("version of writer %d", writer)
                    .isBetween(lastAcknowledged[writer], lastSent[writer]);
        }
    }
}

package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.EmbeddedServer;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.PostgresProcesses;
import io.grouployalty.bootstrap.testing.TestServer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default is a production database (API.md §4 "Durable", §6.45): the server that owns it runs it with durable
 * settings, behind passwords, as a non-superuser owner, and starts it again when it dies, every acknowledged write kept.
 */
class DurableEmbeddedDatabaseEndToEndTest {

    private static final int ROUNDS = Integer.getInteger("chaos.rounds", 5);
    private static final int WRITERS = 8;
    private static final int WRITES_PER_BURST = 5;
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workingDirectory;

    private Path data;
    private EmbeddedServer server;

    @BeforeEach
    void startTheServerOnAnEmbeddedDatabaseOfItsOwn() throws Exception {
        data = workingDirectory.resolve("data");
        server = EmbeddedServer.start(data);
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void runsWithDurableSettingsOnLoopbackOnlyAsANonSuperuserOwnerBehindPasswords() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        try (Connection connection = server.database().dataSource().getConnection()) {
            soft.assertThat(answer(connection, "show fsync")).as("fsync").isEqualTo("on");
            soft.assertThat(answer(connection, "show synchronous_commit")).as("synchronous_commit").isEqualTo("on");
            soft.assertThat(answer(connection, "show full_page_writes")).as("full_page_writes").isEqualTo("on");
            soft.assertThat(answer(connection, "show listen_addresses")).as("listen_addresses").isEqualTo("127.0.0.1");
            soft.assertThat(answer(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .as("the service's role is a superuser").isEqualTo("false");
            soft.assertThat(answer(connection, "select pg_get_userbyid(datdba) = current_user from pg_database where datname = current_database()"))
                    .as("the service's role owns the database").isEqualTo("t");
        }
        try (Connection superuser = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PostgresProcesses.port(data) + "/postgres",
                "postgres", Files.readString(data.resolve("postgres.password")))) {
            soft.assertThat(answer(superuser, "show unix_socket_directories")).as("unix_socket_directories (only a superuser may see it)").isEmpty();
        }
        soft.assertThat(PostgresProcesses.loginRules(data)).as("pg_hba.conf").noneMatch(rule -> rule.contains("trust"));
        for (String passwordFile : List.of("grouployalty.password", "postgres.password")) {
            soft.assertThat(data.resolve(passwordFile)).exists();
            if (Files.exists(data.resolve(passwordFile))) {
                soft.assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(passwordFile)))).as(passwordFile)
                        .isEqualTo("rw-------");
            }
        }
        soft.assertThat(PostgresProcesses.acceptLogin(data, "postgres", "")).as("the superuser logs in without a password").isFalse();
        soft.assertThat(PostgresProcesses.acceptLogin(data, "grouployalty", "")).as("the owner logs in without a password").isFalse();
        soft.assertThat(PostgresProcesses.acceptLogin(data, "grouployalty", "guessed")).as("the owner logs in with a wrong password").isFalse();
        soft.assertAll();
    }

    @Test
    void keepsEveryAcknowledgedWriteWhenItsPostgresIsKilledAndServesAgainWithinFiveSeconds() throws Exception {
        assertThat(TestServer.orgApply(EmbeddedServer.overrides(data), """
                org: {id: 45, name: Durable}
                tills: [{code: durable, password: pw}]
                extendedFields: [{name: version, type: STRING}]
                """).succeeded()).isTrue();
        Writers writers = new Writers(server.port());
        List<Long> restartMillis = new ArrayList<>();
        long lost = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                writers.burst();
                Instant killed = Instant.now();
                PostgresProcesses.killAll(data);
                Eventually.within(Duration.ofSeconds(30), () -> assertThat(writers.status(0)).as("serving again").isEqualTo(200));
                restartMillis.add(Duration.between(killed, Instant.now()).toMillis());
                lost += writers.lost();
            }
        } finally {
            writers.close();
        }
        System.out.printf("CHAOS embedded-kill rounds=%d acknowledged=%d lost=%d restart_ms=%s%n",
                ROUNDS, writers.acknowledgedWrites, lost, restartMillis);

        assertThat(lost).as("acknowledged writes lost").isZero();
        assertThat(restartMillis).as("milliseconds from the kill to serving again").allSatisfy(millis ->
                assertThat(millis).isLessThanOrEqualTo(RESTART_LIMIT.toMillis()));
    }

    private static String answer(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Clients that each update their own customer, a burst at a time, every update setting the field {@code version} to the next number. */
    private static final class Writers implements AutoCloseable {

        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        private final long[] customerIds = new long[WRITERS];
        private final long[] acknowledged = new long[WRITERS];
        private long acknowledgedWrites;

        Writers(int port) throws Exception {
            this.port = port;
            for (int writer = 0; writer < WRITERS; writer++) {
                HttpResponse<String> registered = send("POST", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                        + mobile(writer) + "\"}]}]}");
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
                customerIds[writer] = JSON.readTree(registered.body()).at("/0/entity/id").asLong();
            }
        }

        private static String mobile(int writer) {
            return "91450000000" + writer;
        }

        /** Every writer sends its updates one after another; each must be acknowledged. */
        void burst() throws Exception {
            List<Future<Long>> writes = IntStream.range(0, WRITERS).mapToObj(writer -> threads.submit(() -> write(writer))).toList();
            for (Future<Long> write : writes) {
                acknowledgedWrites += write.get();
            }
        }

        private long write(int writer) throws IOException, InterruptedException {
            for (int write = 0; write < WRITES_PER_BURST; write++) {
                long version = acknowledged[writer] + 1;
                HttpResponse<String> answer = send("PUT", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile(writer)
                        + "\"}]}], \"extendedFields\": {\"version\": \"" + version + "\"}}");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(JSON.readTree(answer.body()).at("/0/errors")).as(answer.body()).isEmpty();
                acknowledged[writer] = version;
            }
            return WRITES_PER_BURST;
        }

        /** How many acknowledged updates are missing: those after the version each customer holds. */
        long lost() throws IOException, InterruptedException {
            long lost = 0;
            for (int writer = 0; writer < WRITERS; writer++) {
                HttpResponse<String> customer = read(writer);
                assertThat(customer.statusCode()).as(customer.body()).isEqualTo(200);
                JsonNode version = JSON.readTree(customer.body()).at("/extendedFields/version");
                lost += Math.max(0, acknowledged[writer] - (version.isMissingNode() ? 0 : Long.parseLong(version.asText())));
            }
            return lost;
        }

        int status(int writer) {
            try {
                return read(writer).statusCode();
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> read(int writer) throws IOException, InterruptedException {
            return http.send(request("/v2/customers/" + customerIds[writer] + "?source=INSTORE").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> send(String method, String item) throws IOException, InterruptedException {
            return http.send(request("/v2/customers/bulk?source=INSTORE").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("[" + item + "]")).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", TestServer.basic("durable", "pw"));
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }
}

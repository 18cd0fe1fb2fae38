package io.grouployalty.bootstrap;

import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import io.grouployalty.bootstrap.testing.CapturedLog;
import io.grouployalty.bootstrap.testing.TestServer;
import io.grouployalty.domain.org.PasswordDigest;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A till's password, its MD5 and the Authorization header never show in the database, the server's logs (at the level it
 * runs at) or a response; values bound to a failed statement never show in the logs, and no request forges a log line.
 */
class SecretsEndToEndTest {

    @Test
    void noSecretShowsAnywhereAfterARun() {
        TestServer server = TestServer.shared();
        long orgId = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
        String till = "secrets." + orgId;
        String password = "Pa55-" + orgId;
        String digest = PasswordDigest.ofPassword(password).hex();
        String authorization = basic(till, password);
        assertThat(server.orgApply("org: {id: %d, name: Secrets}\ntills: [{code: %s, password: %s}]\n".formatted(orgId, till, password))
                .succeeded()).isTrue();
        CapturedLog log = CapturedLog.atInfo();
        List<String> responses = new ArrayList<>();
        try {
            for (String credentials : List.of(authorization, basic(till, "wrong"), TestServer.basicRaw(till, password), "Basic " + digest)) {
                responses.add(server.get("/v2/meta/sources", credentials).body());
                HttpResponse<String> posted = server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE"))
                        .header("Authorization", credentials).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"919000000001\"}]}]}")));
                responses.add(posted.body());
                responses.add(posted.headers().map().toString());
            }
        } finally {
            log.close();
        }

        List<String> dumps = server.database().jdbi().withHandle(handle -> handle.createQuery(
                "select table_name from information_schema.tables where table_schema = 'public'").mapTo(String.class).list()
                .stream().map(table -> handle.createQuery("select coalesce(string_agg(row_to_json(t)::text, E'\\n'), '') from " + table + " t")
                        .mapTo(String.class).one()).toList());
        String logs = String.join("\n", log.events().stream().filter(event -> !event.getLoggerName().startsWith("jdk.")).map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))).toList());

        for (String secret : List.of(password, digest, authorization.substring("Basic ".length()))) {
            assertThat(String.join("\n", dumps)).as("database").doesNotContain(secret);
            assertThat(logs).as("logs").doesNotContain(secret);
            assertThat(String.join("\n", responses)).as("responses").doesNotContain(secret);
        }
        assertThat(String.join("\n", dumps)).contains(till);
        assertThat(logs).as("the requests were logged").contains("POST /v2/customers/bulk");
    }

    /**
     * Two statements fail while values of the request are bound to them: a hierarchy description carrying a forged log
     * line after CR LF, and a customer's card number. PostgreSQL cancels each while it waits for a table another
     * connection holds (as a statement timeout would). Then a request line carries a raw NEL (U+0085, a line break to
     * many log readers) before forged text. No log line holds the card number, and none starts with the forged text.
     */
    @Test
    void aFailingStatementLogsNoValueBoundToItNorAForgedLine() throws Exception {
        TestServer server = TestServer.shared();
        long orgId = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
        String till = "statements." + orgId;
        String authorization = basic(till, "pw");
        String mobile = Long.toString(950_000_000_000L + orgId % 1_000_000_000L);
        String card = "secret-card-" + orgId;
        String forged = "ERROR [2026-01-01 00:00:00,000] UnexpectedExceptionMapper: forged-" + orgId;
        assertThat(server.orgApply("""
                org: {id: %d, name: Statements}
                tills: [{code: %s, password: pw}]
                cardSeries: [{id: 10, code: S1, statusLabels: {ACTIVE: ACTIVE}}]
                hierarchies: [{code: fleet, roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 10}, {code: DRIVER}]}]
                """.formatted(orgId, till)).succeeded()).isTrue();
        assertThat(server.send(bulk(server, "POST", authorization, "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"%s\"}]}]}"
                .formatted(mobile))).statusCode()).isEqualTo(200);
        long hierarchyId = server.database().jdbi().withHandle(handle -> handle.createQuery(
                "select hierarchy_id from hierarchy where org_id = :org and code = 'fleet'").bind("org", orgId).mapTo(Long.class).one());

        CapturedLog log = CapturedLog.atInfo();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            responses.add(cancelledWhileWaiting(server, "hierarchy", () -> server.send(HttpRequest.newBuilder(
                            server.uri("/v2/fleetHierarchy/" + hierarchyId)).header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"description\": \"Fleet\\r\\n" + forged + "\\n\"}")))));
            responses.add(cancelledWhileWaiting(server, "customer", () -> server.send(bulk(server, "PUT", authorization,
                    "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"%s\"}, {\"type\": \"cardnumber\", \"value\": \"%s\", \"seriesCode\": \"S1\"}]}]}"
                            .formatted(mobile, card)))));
            assertThat(sentRaw(server, "GET /v2/meta/sources\u0085" + forged.replace(" ", "_") + " HTTP/1.1", authorization)).startsWith("HTTP/1.1 4");
        } finally {
            log.close();
        }

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(500));
        List<String> lines = log.events().stream().map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .flatMap(text -> Stream.of(text.split("\\R"))).toList();
        assertThat(lines).as("the failures were logged").anyMatch(line -> line.contains("Unexpected failure"));
        assertThat(lines).as("the raw request was logged, escaped").filteredOn(line -> line.contains("\\u0085ERROR")).hasSize(1);
        assertThat(lines).as("log lines").noneMatch(line -> line.contains(card))
                .noneMatch(line -> line.startsWith("ERROR [2026-01-01") || line.startsWith("ERROR_[2026-01-01"));
        assertThat(responses).noneMatch(response -> response.body().contains(card) || response.body().contains("forged"));
    }

    /** Sends {@code requestLine} as it is, UTF-8 encoded, and answers the status line of the response. */
    private static String sentRaw(TestServer server, String requestLine, String authorization) throws Exception {
        try (Socket socket = new Socket("localhost", server.uri("/").getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }

    private static HttpRequest.Builder bulk(TestServer server, String method, String authorization, String item) {
        return HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE")).header("Authorization", authorization)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(item));
    }

    /**
     * Sends a request while another connection holds {@code table} in share mode, and cancels the request's statement
     * once it waits for that table (the first that writes to it).
     */
    private static HttpResponse<String> cancelledWhileWaiting(TestServer server, String table, Supplier<HttpResponse<String>> request)
            throws Exception {
        try (Handle holder = server.database().jdbi().open()) {
            holder.begin();
            try {
                holder.execute("lock table " + table + " in share mode");
                CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(request);
                Instant deadline = Instant.now().plusSeconds(10);
                boolean cancelled = false;
                while (!cancelled && !answer.isDone() && Instant.now().isBefore(deadline)) {
                    cancelled = holder.createQuery("""
                                    select coalesce(bool_or(pg_cancel_backend(pid)), false) from pg_stat_activity
                                     where pg_backend_pid() = any(pg_blocking_pids(pid))""")
                            .mapTo(Boolean.class).one();
                    Thread.sleep(10);
                }
                assertThat(cancelled).as("the statement waited and was cancelled").isTrue();
                return answer.get(10, TimeUnit.SECONDS);
            } finally {
                holder.rollback();
            }
        }
    }
}

package io.grouployalty.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static io.grouployalty.bootstrap.testing.TestServer.basicRaw;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v2/meta/sources} and the conventions every endpoint shares, through HTTP on a real database. */
class MetaSourcesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG_A = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final long ORG_B = ORG_A + 1;
    private static final String TILL_A = "meta.a." + ORG_A;
    private static final String TILL_B = "meta.b." + ORG_B;

    private static TestServer server;

    @BeforeAll
    static void twoOrgs() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Org A}
                tills: [{code: %s, password: secret-a}]
                sources:
                  - {name: WECHAT, accounts: [WECHAT-CM]}
                  - {name: ECOMMERCE}
                """.formatted(ORG_A, TILL_A)).succeeded()).isTrue();
        assertThat(server.orgApply("""
                org: {id: %d, name: Org B}
                tills: [{code: %s, password: secret-b}]
                sources: [{name: LINE}]
                """.formatted(ORG_B, TILL_B)).succeeded()).isTrue();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> sourcesWithBody(String contentType, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/v2/meta/sources"))
                .header("Authorization", basic(TILL_A, "secret-a"))
                .header("Content-Type", contentType)
                .method("GET", HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void listsTheSourcesOfTheCallersOrg() throws Exception {
        HttpResponse<String> response = server.get("/v2/meta/sources", basic(TILL_A, "secret-a"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWithIgnoringCase("application/json");
        assertThat(json(response)).isEqualTo(JSON.readTree("""
                {"data": [{"name": "WECHAT", "accounts": ["WECHAT-CM"], "commChannels": ["email", "mobile", "wechat"]},
                          {"name": "INSTORE", "accounts": [], "commChannels": ["email", "mobile"]},
                          {"name": "ECOMMERCE", "accounts": [], "commChannels": ["email", "mobile"]}],
                 "warnings": [], "errors": []}"""));
    }

    @Test
    void aTillOfAnotherOrgSeesOnlyItsOwnOrgsSources() throws Exception {
        JsonNode body = json(server.get("/v2/meta/sources", basic(TILL_B, "secret-b")));

        assertThat(body.findValuesAsText("name")).containsExactly("INSTORE", "LINE");
    }

    @Test
    void refusesMissingWrongAndPlainTextCredentialsWith401AndTheChallenge() throws Exception {
        List<HttpResponse<String>> refused = List.of(
                server.send(HttpRequest.newBuilder(server.uri("/v2/meta/sources")).GET()),
                server.get("/v2/meta/sources", basic(TILL_A, "wrong")),
                server.get("/v2/meta/sources", basicRaw(TILL_A, "secret-a")),
                server.get("/v2/meta/sources", basic("nobody." + ORG_A, "secret-a")),
                server.get("/v2/meta/sources", "Bearer abc"));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"group-loyalty\"");
            assertThat(json(response).at("/errors/0/code").asInt()).isEqualTo(401);
        }
    }

    @Test
    void tenFailedLoginsOfOneTillGet429EvenWithTheRightPasswordAndNoOtherTillIsAffected() throws Exception {
        String throttled = "meta.throttled." + ORG_A;
        assertThat(server.orgApply("""
                org: {id: %d, name: Org A}
                tills: [{code: %s, password: secret-a}, {code: %s, password: pw}]
                sources:
                  - {name: WECHAT, accounts: [WECHAT-CM]}
                  - {name: ECOMMERCE}
                """.formatted(ORG_A, TILL_A, throttled)).succeeded()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(server.get("/v2/meta/sources", basic(throttled, "wrong")).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = server.get("/v2/meta/sources", basic(throttled, "pw"));

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(json(blocked).at("/errors/0/code").asInt()).isEqualTo(429);
        assertThat(server.get("/v2/meta/sources", basic(TILL_A, "secret-a")).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400InTheEnvelope() throws Exception {
        HttpResponse<String> response = sourcesWithBody("application/json", "{\"source\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/code").asInt()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/message").asText()).startsWith("Invalid input: body is not valid JSON");
        assertThat(json(response).get("warnings").isEmpty()).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIsA415InTheEnvelope() throws Exception {
        HttpResponse<String> response = sourcesWithBody("text/plain", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).at("/errors/0/code").asInt()).isEqualTo(415);
    }

    @Test
    void anUnknownPathIsA404InTheEnvelope() throws Exception {
        HttpResponse<String> response = server.get("/v2/no/such/thing", basic(TILL_A, "secret-a"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).at("/errors/0/code").asInt()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIsA405WithOrWithoutCredentials() throws Exception {
        HttpResponse<String> anonymous = server.send(HttpRequest.newBuilder(server.uri("/v2/meta/sources")).DELETE());
        HttpResponse<String> authenticated = server.send(HttpRequest.newBuilder(server.uri("/v2/meta/sources"))
                .header("Authorization", basic(TILL_A, "secret-a")).DELETE());

        assertThat(anonymous.statusCode()).isEqualTo(405);
        assertThat(json(anonymous).at("/errors/0/code").asInt()).isEqualTo(405);
        assertThat(authenticated.statusCode()).isEqualTo(405);
    }

    @Test
    void everyResponseHasItsOwnRequestIdWhichItsLogLineNames() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger requests = (Logger) LoggerFactory.getLogger("io.grouployalty.requests");
        requests.setLevel(Level.INFO);
        requests.addAppender(log);

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = i % 2 == 0
                    ? server.get("/v2/meta/sources", basic(TILL_A, "secret-a"))
                    : server.get("/v2/unknown", basic(TILL_A, "wrong"));
            ids.add(response.headers().firstValue("X-Cap-Requestid").orElseThrow());
        }

        assertThat(ids).hasSize(20);
        Eventually.within(Duration.ofSeconds(2), () -> assertThat(logged(log).stream().map(ILoggingEvent::getFormattedMessage))
                .allSatisfy(line -> assertThat(line).contains("requestId="))
                .anySatisfy(line -> assertThat(line).startsWith("GET /v2/meta/sources 200"))
                .filteredOn(line -> ids.stream().anyMatch(line::endsWith)).hasSize(20));
    }

    /** The events so far; the server's threads append under the appender's lock while the test reads. */
    private static List<ILoggingEvent> logged(ListAppender<ILoggingEvent> log) {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }

    @Test
    void requestsRefusedBeforeAnyResourceStillGetTheEnvelopeAndARequestId() throws Exception {
        for (String requestLine : List.of("GET /v2/%zz HTTP/1.1", "NOT-HTTP-AT-ALL")) {
            String answer = rawExchange(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("X-Cap-Requestid: ");
            assertThat(answer).containsIgnoringCase("Content-Type: application/json");
            assertThat(answer).contains("{\"errors\":[{\"status\":false,\"code\":400,");
        }
    }

    private static String rawExchange(String request) throws Exception {
        try (Socket socket = new Socket("localhost", server.uri("/").getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theAdminPortReportsTheDatabaseHealthy() throws Exception {
        HttpResponse<String> health = server.send(HttpRequest.newBuilder(server.adminUri("/healthcheck")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).at("/postgresql/healthy").asBoolean()).isTrue();
        assertThat(json(health).at("/schema/healthy").asBoolean()).isTrue();
    }
}

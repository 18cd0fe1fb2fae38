package io.grouployalty.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.grouployalty.bootstrap.testing.TestServer;
import io.grouployalty.domain.org.PasswordDigest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A till's password, its MD5 and the Authorization header never show in the database, the server's logs (at the level it
 * runs at) or a response.
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
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.INFO);
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
            root.detachAppender(log);
            root.setLevel(level);
        }

        List<String> dumps = server.database().jdbi().withHandle(handle -> handle.createQuery(
                "select table_name from information_schema.tables where table_schema = 'public'").mapTo(String.class).list()
                .stream().map(table -> handle.createQuery("select coalesce(string_agg(row_to_json(t)::text, E'\\n'), '') from " + table + " t")
                        .mapTo(String.class).one()).toList());
        String logs = String.join("\n", log.list.stream().filter(event -> !event.getLoggerName().startsWith("jdk.")).map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))).toList());

        for (String secret : List.of(password, digest, authorization.substring("Basic ".length()))) {
            assertThat(String.join("\n", dumps)).as("database").doesNotContain(secret);
            assertThat(logs).as("logs").doesNotContain(secret);
            assertThat(String.join("\n", responses)).as("responses").doesNotContain(secret);
        }
        assertThat(String.join("\n", dumps)).contains(till);
        assertThat(logs).as("the requests were logged").contains("POST /v2/customers/bulk");
    }
}

package io.grouployalty.bootstrap;

import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database goes away and comes back: requests meanwhile fail cleanly with 503, and the server recovers alone. */
class DatabaseOutageEndToEndTest {

    @TempDir
    Path directory;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
        Path data = directory.resolve("pg");
        Files.createDirectories(data);
        int port = freePort();
        EmbeddedPostgres database = postgres(data, port);
        Map<String, String> overrides = Map.of(
                "database.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "database.user", "postgres",
                "server.applicationConnectors[0].port", "0",
                "server.adminConnectors[0].port", "0",
                "authentication.bcryptCost", "4",
                "logging.level", "OFF");
        DropwizardTestSupport<GroupLoyaltyConfiguration> server = TestServer.application(overrides);
        server.before();
        try {
            assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, "demo-org.yml").succeeded()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest sources = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + "/v2/meta/sources"))
                    .header("Authorization", TestServer.basic("demo.till", "demo123")).GET().build();
            assertThat(http.send(sources, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            database.close();
            HttpResponse<String> down = http.send(sources, HttpResponse.BodyHandlers.ofString());

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"code\":503").doesNotContain("SQL", "postgres", "Exception");

            database = postgres(data, port);
            Eventually.within(Duration.ofSeconds(20), () -> {
                try {
                    assertThat(http.send(sources, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            server.after();
            database.close();
        }
    }
}

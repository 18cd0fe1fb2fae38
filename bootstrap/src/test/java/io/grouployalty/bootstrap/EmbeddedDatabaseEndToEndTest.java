package io.grouployalty.bootstrap;

import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped config.yml with no database url: an embedded PostgreSQL that the server owns and the CLI joins. */
class EmbeddedDatabaseEndToEndTest {

    @TempDir
    Path workingDirectory;

    @Test
    void orgApplyJoinsTheEmbeddedDatabaseOfTheRunningServerWhichStopsIt() throws Exception {
        Path data = workingDirectory.resolve("data");
        Map<String, String> overrides = Map.of(
                "database.url", "",
                "database.embedded.dataDirectory", data.toString(),
                "server.applicationConnectors[0].port", "0",
                "server.adminConnectors[0].port", "0",
                "authentication.bcryptCost", "4",
                "logging.level", "WARN");
        DropwizardTestSupport<GroupLoyaltyConfiguration> server = TestServer.application(overrides);
        server.before();
        try {
            assertThat(data.resolve("postmaster.pid")).exists();

            CliRun apply = CliRun.of(overrides, "org", "apply", TestServer.CONFIG, "demo-org.yml");

            assertThat(apply.succeeded()).as(apply.stderr()).isTrue();
            HttpResponse<String> sources = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + "/v2/meta/sources"))
                            .header("Authorization", TestServer.basic("demo.till", "demo123")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sources.statusCode()).isEqualTo(200);
            assertThat(sources.body()).contains("\"WECHAT-CM\"");
            assertThat(data.resolve("postmaster.pid")).as("the CLI leaves the server's database running").exists();
        } finally {
            server.after();
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the owner stops the database").isFalse();
        assertThat(data.resolve("PG_VERSION")).as("the data directory is kept").exists();
    }
}

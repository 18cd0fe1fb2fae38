package io.grouployalty.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.GroupLoyaltyApplication;
import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;
import io.grouployalty.domain.org.PasswordDigest;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application running on a database of its own, started once per test JVM and shared by the tests that allow it.
 * Tests keep apart by using orgs and tills no other test uses.
 */
public final class TestServer {

    public static final String CONFIG = "config.yml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer shared;

    private final TestDatabase database;
    private final DropwizardTestSupport<GroupLoyaltyConfiguration> support;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(TestDatabase database) {
        this.database = database;
        this.support = application(overrides());
    }

    /** The application with the shipped config.yml and {@code overrides} of it, not yet started. */
    public static DropwizardTestSupport<GroupLoyaltyConfiguration> application(Map<String, String> overrides) {
        return new DropwizardTestSupport<>(GroupLoyaltyApplication.class, CONFIG, overrides.entrySet().stream()
                .map(override -> ConfigOverride.config(override.getKey(), override.getValue()))
                .toArray(ConfigOverride[]::new));
    }

    public static synchronized TestServer shared() {
        if (shared == null) {
            shared = new TestServer(TestDatabases.migrated());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.support::after, "test-server-stop"));
        }
        return shared;
    }

    private void start() {
        try {
            support.before();
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not start", e);
        }
    }

    /** The configuration overrides that point the shipped config.yml at this server's database. */
    public Map<String, String> overrides() {
        return overridesFor(database);
    }

    /** The configuration overrides that point the shipped config.yml at {@code database}, on free ports, quietly. */
    public static Map<String, String> overridesFor(TestDatabase database) {
        return Map.of(
                "database.url", database.url(),
                "database.user", database.user() == null ? "" : database.user(),
                "database.password", database.password() == null ? "" : database.password(),
                "server.applicationConnectors[0].port", "0",
                "server.adminConnectors[0].port", "0",
                "authentication.bcryptCost", "4",
                "logging.level", "WARN");
    }

    /** Applies an org file, given as YAML text, with the command line against this server's database. */
    public CliRun orgApply(String orgYaml) {
        return orgApply(overrides(), orgYaml);
    }

    /** Applies an org file, given as YAML text, with the command line and {@code overrides} of the shipped config.yml. */
    public static CliRun orgApply(Map<String, String> overrides, String orgYaml) {
        try {
            Path file = Files.createTempFile("org", ".yml");
            Files.writeString(file, orgYaml);
            return CliRun.of(overrides, "org", "apply", CONFIG, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's database, for tests that look at what it stores. */
    public TestDatabase database() {
        return database;
    }

    /** What Jersey serves in the running application: its resources, as registered at start-up. */
    public ResourceConfig jersey() {
        return support.getEnvironment().jersey().getResourceConfig();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + support.getLocalPort() + path);
    }

    public URI adminUri(String path) {
        return URI.create("http://localhost:" + support.getAdminPort() + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET());
    }

    /** Sends {@code body} as JSON to {@code path} with {@code method}, or a GET of it when there is no body. */
    public HttpResponse<String> send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", authorization);
        return send(body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The answer to {@link #send(String, String, String, String)}, which must be 200, as JSON. */
    public JsonNode ok(String method, String path, String authorization, String body) {
        HttpResponse<String> response = send(method, path, authorization, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Basic credentials a vendor client sends: the till code and the lowercase hex MD5 of its password. */
    public static String basic(String till, String password) {
        return basicRaw(till, PasswordDigest.ofPassword(password).hex());
    }

    public static String basicRaw(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.ServiceProcess;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §6.36 and §6.47 through HTTP on a server of its own: till codes counted exactly as sent, memory for failed logins
 * bounded whatever is sent, unknown tills as slow as wrong passwords, and failed slow checks budgeted per address.
 * Failed logins that cost a slow check are paced below the per-address budget wherever the budget is not the subject.
 */
class LoginThrottleEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String PADDED = "padded." + ORG;
    private static final String TWIN = "twin." + ORG;
    private static final String CACHED = "cached." + ORG;
    private static final int KNOWN_TILLS = 130;
    private static final long PACE_MILLIS = 60;
    /** Above the tests' usual 4, so that a login that skipped its slow check would stand out from the time an HTTP round trip takes. */
    private static final int BCRYPT_COST = 7;
    private static final String PAGE = "/v2/meta/sources";

    private static DropwizardTestSupport<GroupLoyaltyConfiguration> server;
    private static Map<String, String> overrides;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void aServerWithTillsOfItsOwn() throws Exception {
        overrides = new HashMap<>(TestServer.overridesFor(TestDatabases.migrated()));
        overrides.put("logging.level", "ERROR");
        overrides.put("authentication.bcryptCost", String.valueOf(BCRYPT_COST));
        server = TestServer.application(overrides);
        server.before();
        StringBuilder tills = new StringBuilder();
        for (String till : List.of(PADDED, TWIN, CACHED)) {
            tills.append("  - {code: ").append(till).append(", password: pw}\n");
        }
        IntStream.range(0, KNOWN_TILLS).forEach(i -> tills.append("  - {code: ").append(known(i)).append(", password: pw}\n"));
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, "org: {id: %d, name: Throttled}\ntills:\n%s".formatted(ORG, tills));
        assertThat(CliRun.of(overrides, "org", "apply", TestServer.CONFIG, org.toString()).succeeded()).isTrue();
    }

    @AfterAll
    static void stop() {
        server.after();
    }

    private static String known(int i) {
        return "known." + ORG + "." + i;
    }

    @Test
    void aCodeWithSpaceAroundOrInsideIsNotTheTillAndIsCountedAsItsOwn() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(pacedFailure(PADDED)).isEqualTo(401);
        }
        assertThat(status(basic(PADDED, "pw"))).isEqualTo(429);
        assertThat(status(basic(" " + PADDED, "pw"))).isEqualTo(401);
        assertThat(status(basic(PADDED + " ", "pw"))).isEqualTo(401);
        assertThat(status(basic(PADDED.replace(".", " ."), "pw"))).isEqualTo(401);

        for (int i = 0; i < 10; i++) {
            assertThat(pacedFailure(" " + TWIN)).isEqualTo(401);
        }

        HttpResponse<String> blocked = get(basic(" " + TWIN, "pw"));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(json(blocked).at("/errors/0/code").asInt()).isEqualTo(429);
        assertThat(status(basic(TWIN, "pw"))).isEqualTo(200);
    }

    /** In a service process of its own, so that nothing else living in the test JVM is measured with it. */
    @Test
    void twentyThousandFailedLoginsWithLongCodesLeaveTheServersHeapWithin32MiB() throws Exception {
        Map<String, String> own = new HashMap<>(overrides);
        int adminPort = ServiceProcess.freePort();
        own.put("server.adminConnectors[0].port", String.valueOf(adminPort));
        try (ServiceProcess service = ServiceProcess.start(own)) {
            long before = usedHeapAfterCollection(adminPort);
            assertThat(before).isPositive();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Integer>>> statuses = new ArrayList<>();
                for (int client = 0; client < 8; client++) {
                    statuses.add(clients.submit(() -> {
                        List<Integer> seen = new ArrayList<>();
                        for (int i = 0; i < 2_500; i++) {
                            seen.add(send(HTTP, service.uri(PAGE), basic(randomCode(6_000), "wrong")).statusCode());
                        }
                        return seen;
                    }));
                }
                for (Future<List<Integer>> client : statuses) {
                    assertThat(client.get(5, TimeUnit.MINUTES)).containsOnly(401);
                }
            } finally {
                clients.shutdownNow();
            }
            long after = usedHeapAfterCollection(adminPort);

            System.out.printf("THROTTLE service heap after GC: %.1f MiB before, %.1f MiB after 20,000 failed logins with 6,000-character"
                    + " codes%n", before / 1048576.0, after / 1048576.0);
            assertThat(after - before).isLessThan(32L << 20);
        }
    }

    @Test
    void anUnknownTillAndAWrongPasswordOfAKnownOneTakeTheSameTime() throws Exception {
        Map<String, List<Long>> nanos = new HashMap<>(Map.of("wrong password", new ArrayList<>(), "unknown till", new ArrayList<>(),
                "unknown till, former decoy's digest", new ArrayList<>()));
        Random random = new Random(ORG);
        int warmUp = 30;
        for (int round = 0; round < KNOWN_TILLS; round++) {
            String knownTill = known(round);
            List<Map.Entry<String, String>> attempts = new ArrayList<>(List.of(
                    Map.entry("wrong password", basic(knownTill, "guess-" + random.nextLong())),
                    Map.entry("unknown till", basic("unknown." + UUID.randomUUID(), "guess-" + random.nextLong())),
                    Map.entry("unknown till, former decoy's digest", basic("unknown." + UUID.randomUUID(), "decoy for unknown tills"))));
            Collections.shuffle(attempts, random);
            for (Map.Entry<String, String> attempt : attempts) {
                Thread.sleep(PACE_MILLIS);
                long start = System.nanoTime();
                int status = status(attempt.getValue());
                long elapsed = System.nanoTime() - start;
                assertThat(status).as(attempt.getKey()).isEqualTo(401);
                if (round >= warmUp) {
                    nanos.get(attempt.getKey()).add(elapsed);
                }
            }
        }

        Map<String, Double> medians = new HashMap<>();
        nanos.forEach((kind, times) -> medians.put(kind, quantile(times, 0.5) / 1e6));
        nanos.forEach((kind, times) -> System.out.printf("THROTTLE %s, %d tries after %d of warm-up: time to 401 p25 %.1f, median %.1f, p75 %.1f ms%n",
                kind, times.size(), warmUp, quantile(times, 0.25) / 1e6, quantile(times, 0.5) / 1e6, quantile(times, 0.75) / 1e6));
        double slowest = Collections.max(medians.values());
        double fastest = Collections.min(medians.values());
        assertThat(slowest / fastest).as("medians %s", medians).isLessThanOrEqualTo(1.2);
    }

    @Test
    void failedSlowChecksAreBudgetedPerAddressWhileATillWithACachedCredentialIsServed() throws Exception {
        assertThat(status(basic(CACHED, "pw"))).isEqualTo(200);
        AtomicBoolean attacking = new AtomicBoolean(true);
        ConcurrentLinkedQueue<long[]> checks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> attackStatuses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> cachedStatuses = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(18);
        checks.add(new long[]{System.nanoTime(), slowChecks()});
        long start = System.nanoTime();
        try {
            Future<?> sampler = threads.submit(() -> {
                while (attacking.get()) {
                    checks.add(new long[]{System.nanoTime(), slowChecks()});
                    pause(50);
                }
                checks.add(new long[]{System.nanoTime(), slowChecks()});
            });
            Future<?> cached = threads.submit(() -> {
                while (attacking.get()) {
                    cachedStatuses.add(status(basic(CACHED, "pw")));
                    pause(20);
                }
            });
            List<Future<?>> attackers = new ArrayList<>();
            for (int connection = 0; connection < 16; connection++) {
                attackers.add(threads.submit(() -> {
                    HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    for (int i = 0; i < 25; i++) {
                        HttpResponse<String> answer = send(own, basic("guess." + UUID.randomUUID(), "guess"));
                        attackStatuses.add(answer.statusCode());
                        if (answer.statusCode() == 401) {
                            failures.add(new long[]{System.nanoTime()});
                        } else {
                            assertThat(json(answer).at("/errors/0/code").asInt()).isEqualTo(429);
                            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
                        }
                        pause(100);
                    }
                    return null;
                }));
            }
            for (Future<?> attacker : attackers) {
                attacker.get(2, TimeUnit.MINUTES);
            }
            attacking.set(false);
            sampler.get(1, TimeUnit.MINUTES);
            cached.get(1, TimeUnit.MINUTES);
        } finally {
            attacking.set(false);
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        List<long[]> samples = new ArrayList<>(checks);
        long totalChecks = samples.get(samples.size() - 1)[1] - samples.get(0)[1];
        int mostChecksInASecond = mostWithinOneSecond(samples);
        int most401sInASecond = mostWithinOneSecond(failures.stream().map(at -> new long[]{at[0], 0}).toList());
        long refused = attackStatuses.stream().filter(status -> status == 429).count();
        System.out.printf("THROTTLE %d failed logins from 16 connections in %.1f s: %d slow checks (at most %d in one second),"
                        + " %d answered 401 (at most %d in one second), %d answered 429; cached till: %d requests, statuses %s%n",
                attackStatuses.size(), seconds, totalChecks, mostChecksInASecond, attackStatuses.size() - refused, most401sInASecond,
                refused, cachedStatuses.size(), new java.util.TreeSet<>(cachedStatuses));
        assertThat(attackStatuses).hasSize(400).containsOnly(401, 429);
        assertThat(most401sInASecond).isLessThanOrEqualTo(24);
        assertThat(mostChecksInASecond).isBetween(1, 24);
        assertThat(refused).isPositive();
        assertThat(cachedStatuses).isNotEmpty().containsOnly(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "maximumSize=10000",
            "maximumSize=10000, expireAfterWrite=6s",
            "maximumSize=10000, expireAfterAccess=4s",
            "maximumSize=10000, expireAfterWrite=4s, refreshAfterWrite=2s",
            "expireAfterWrite=4s",
            "maximumSize=ten"})
    void aCachePolicyThatCouldKeepACredentialPastFiveSecondsIsRefusedAtStart(String policy) {
        Map<String, String> withPolicy = new HashMap<>(overrides);
        withPolicy.put("authentication.cachePolicy", policy);

        CliRun check = CliRun.of(withPolicy, "db", "migrate", TestServer.CONFIG);

        assertThat(check.succeeded()).as(policy).isFalse();
        assertThat(check.stderr() + check.stdout()).contains("authentication.cachePolicy");
    }

    @Test
    void theServerDoesNotStartWithACachePolicyOfTenMinutes() {
        Map<String, String> withPolicy = new HashMap<>(overrides);
        withPolicy.put("authentication.cachePolicy", "maximumSize=10000, expireAfterWrite=10m");
        DropwizardTestSupport<GroupLoyaltyConfiguration> refused = TestServer.application(withPolicy);

        try {
            refused.before();
            throw new AssertionError("the server started with expireAfterWrite=10m");
        } catch (Exception expected) {
            assertThat(expected).hasStackTraceContaining("authentication.cachePolicy");
        } finally {
            refused.after();
        }
    }

    @Test
    void policiesThatForgetWithinFiveSecondsAreAccepted() {
        for (String policy : List.of("maximumSize=10000, expireAfterWrite=4s", "maximumSize=100, expireAfterWrite=5s, expireAfterAccess=1m",
                "maximumSize=0, expireAfterWrite=1s")) {
            Map<String, String> withPolicy = new HashMap<>(overrides);
            withPolicy.put("authentication.cachePolicy", policy);

            CliRun check = CliRun.of(withPolicy, "db", "migrate", TestServer.CONFIG);

            assertThat(check.succeeded()).as(policy + ": " + check.stderr() + check.stdout()).isTrue();
        }
    }

    private static int mostWithinOneSecond(List<long[]> events) {
        List<long[]> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        boolean counts = sorted.stream().anyMatch(event -> event[1] != 0);
        int most = 0;
        for (int from = 0; from < sorted.size(); from++) {
            int to = from;
            while (to + 1 < sorted.size() && sorted.get(to + 1)[0] - sorted.get(from)[0] <= 1_000_000_000L) {
                to++;
            }
            most = (int) Math.max(most, counts ? sorted.get(to)[1] - sorted.get(from)[1] : to - from + 1);
        }
        return most;
    }

    private static long slowChecks() {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getAdminPort() + "/metrics"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(metrics.body()).at("/meters/authentication.slow-checks/count").asLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int pacedFailure(String code) throws InterruptedException {
        Thread.sleep(PACE_MILLIS);
        return status(basic(code, "wrong"));
    }

    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            code.append((char) ('a' + random.nextInt(26)));
        }
        return code.toString();
    }

    private static double quantile(List<Long> values, double fraction) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double at = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(at);
        return sorted.get(below) + (at - below) * (sorted.get(Math.min(below + 1, sorted.size() - 1)) - sorted.get(below));
    }

    /** The service's used heap after the admin port's garbage collection task ran, as its MemoryMXBean tells the metrics. */
    private static long usedHeapAfterCollection(int adminPort) throws IOException, InterruptedException {
        URI admin = URI.create("http://localhost:" + adminPort);
        HttpResponse<String> collected = HTTP.send(HttpRequest.newBuilder(admin.resolve("/tasks/gc?runs=3"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(collected.statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(admin.resolve("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(metrics.body()).at("/gauges/jvm.memory.heap.used/value").asLong(-1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(String authorization) {
        return get(authorization).statusCode();
    }

    private static HttpResponse<String> get(String authorization) {
        return send(HTTP, authorization);
    }

    private static HttpResponse<String> send(HttpClient client, String authorization) {
        return send(client, URI.create("http://localhost:" + server.getLocalPort() + PAGE), authorization);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String authorization) {
        try {
            return client.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}

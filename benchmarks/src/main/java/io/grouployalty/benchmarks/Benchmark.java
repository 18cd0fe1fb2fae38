package io.grouployalty.benchmarks;

import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * scripts/bench: seeds a bench org in PostgreSQL, then measures the same update items through pgbench (L0), raw JDBC
 * (L1) and the service over HTTP (L3), each layer on its own copy of the seeded database, and prints one table.
 */
public final class Benchmark {

    private static final String SEEDED = "gl_bench_seed";

    private final BenchSettings settings;
    private final BenchOrg org;
    private final AdminDatabase server;
    private final Results results = new Results();

    private Benchmark(BenchSettings settings) {
        this.settings = settings;
        this.org = BenchOrg.of(settings.customers());
        this.server = settings.database();
    }

    public static void main(String[] arguments) throws Exception {
        BenchSettings settings = BenchSettings.from(List.of(arguments), System.getenv());
        Files.createDirectories(settings.workDirectory());
        Results results = new Benchmark(settings).run();
        String report = results.report(settings, Machine.describe(settings.database()));
        System.out.println(report);
        if (!settings.quick()) {
            Files.writeString(settings.readme(), "\n" + report, java.nio.file.StandardOpenOption.APPEND);
        }
        System.out.println(results.summary());
    }

    private Results run() throws Exception {
        long started = System.nanoTime();
        seed();
        progress("seeded %,d customers", settings.customers());
        measureService();
        measureJdbc();
        measurePgbench();
        progress("done in %d s", (System.nanoTime() - started) / 1_000_000_000L);
        return results;
    }

    private static void progress(String format, Object... values) {
        System.out.printf("bench: " + format + "%n", values);
    }

    private void seed() throws Exception {
        server.recreate(SEEDED, null);
        String url = server.url(SEEDED);
        ServiceUnderTest.command(settings, url, "org", "apply", settings.serviceConfig().toString(), settings.orgFile().toString());
        try (ServiceUnderTest service = ServiceUnderTest.start(settings, url, settings.workDirectory().resolve("seed-service.log"))) {
            HttpCalls calls = new HttpCalls(service, org);
            calls.post("""
                    {"profiles": [{"firstName": "Template", "lastName": "Customer",
                      "identifiers": [{"type": "mobile", "value": "%s"}, {"type": "email", "value": "c%d@bench.example"}],
                      "commChannels": [{"type": "email", "value": "c%d@bench.example", "primary": true, "verified": true}]}],
                     "extendedFields": {"city": "Pune", "nickname": "Tem", "fleet_size": 3},
                     "loyaltyProgramEnrollments": [{"programId": 1, "tierNumber": 1, "loyaltyPoints": 100}]}"""
                    .formatted(org.mobile(org.template()), org.template(), org.template()));
            for (long owner : new long[] {org.bigFleetOwner(), org.smallFleetOwner()}) {
                calls.post("""
                        {"profiles": [{"identifiers": [{"type": "mobile", "value": "%s"}]}],
                         "associationDetails": {"hierarchyCode": "fleet", "roleCode": "FA", "fleetCompany": {"externalId": "bench-co"}}}"""
                        .formatted(org.mobile(owner)));
            }
        }
        try (Connection connection = server.connect(SEEDED)) {
            Map<String, Object> values = new LinkedHashMap<>(Map.of("org", org.id(), "customers", settings.customers(),
                    "templateId", customerId(connection, org.template()), "templateMobile", org.mobile(org.template()),
                    "templateEmail", "c" + org.template() + "@bench.example", "bigFleet", BenchOrg.BIG_FLEET,
                    "smallFleet", BenchOrg.SMALL_FLEET, "bigOwnerId", customerId(connection, org.bigFleetOwner()),
                    "smallOwnerId", customerId(connection, org.smallFleetOwner())));
            for (String statement : NamedSql.resource("/io/grouployalty/benchmarks/seed.sql").text().split(";\\s*\\n")) {
                NamedSql sql = new NamedSql(statement.replaceAll("(?m)^--.*$", "").strip());
                try (PreparedStatement prepared = sql.prepare(connection, values)) {
                    prepared.execute();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
    }

    private long customerId(Connection connection, long customer) throws Exception {
        try (PreparedStatement find = ItemStatements.FIND.sql().prepare(connection, Map.of("orgId", org.id(), "source", "INSTORE",
                "accountId", "", "type", "MOBILE", "value", org.mobile(customer))); ResultSet result = find.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("customer " + customer + " was not registered");
            }
            return result.getLong(1);
        }
    }

    private String copyOfTheSeed(String name) throws Exception {
        server.recreate(name, SEEDED);
        return name;
    }

    private void measureService() throws Exception {
        String database = copyOfTheSeed("gl_bench_l3");
        try (ServiceUnderTest service = ServiceUnderTest.start(settings, server.url(database), settings.workDirectory().resolve("service.log"))) {
            HttpCalls calls = new HttpCalls(service, org);
            LoadDriver.closedLoop(16, settings.warmUp(), calls.randomUpdate());
            for (int clients : settings.clients()) {
                results.throughput(Results.Layer.L3, clients, LoadDriver.closedLoop(clients, settings.run(), calls.randomUpdate()));
                progress("L3 %d clients: %.0f items/s", clients, results.throughput(Results.Layer.L3, clients));
            }
            results.memory(service.heapAfterGc(), service.residentSetSize());
            double rate = results.throughput(Results.Layer.L3, 16) / 2;
            results.fixedRate(rate);
            results.latency(Results.Layer.L3, LoadDriver.openLoop(rate, settings.run(), calls.randomUpdate()));
            progress("L3 open loop at %.0f/s done", rate);
            measureRoundTrips(database, calls);
            measureBatch(calls);
            measureScale(calls);
        }
    }

    private void measureRoundTrips(String database, HttpCalls calls) throws Exception {
        server.resetStatementStatistics(database);
        for (int i = 0; i < 200; i++) {
            calls.put("[" + calls.updateItem(org.randomUpdatable()) + "]");
        }
        results.roundTrips(server.statements(database) / 200.0 + 1);
        server.resetStatementStatistics(database);
        calls.put(calls.batch(distinctUpdatable(200)));
        results.roundTripsInABatch(server.statements(database) / 200.0 + 1);
    }

    private long[] distinctUpdatable(int count) {
        return java.util.stream.LongStream.generate(org::randomUpdatable).distinct().limit(count).toArray();
    }

    /** One client: 200 items as one batch against the same 200 items as 200 requests, five times each, medians compared. */
    private void measureBatch(HttpCalls calls) throws Exception {
        List<Long> sequential = new ArrayList<>();
        List<Long> batched = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long[] customers = distinctUpdatable(200);
            long start = System.nanoTime();
            for (long customer : customers) {
                calls.put("[" + calls.updateItem(customer) + "]");
            }
            sequential.add(System.nanoTime() - start);
            start = System.nanoTime();
            calls.put(calls.batch(customers));
            batched.add(System.nanoTime() - start);
        }
        results.batch(median(sequential), median(batched));
    }

    /** Attaching a driver to the owner of 29,900 against the owner of 10, alternately, 50 times each. */
    private void measureScale(HttpCalls calls) throws Exception {
        List<Long> big = new ArrayList<>();
        List<Long> small = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long toBig = org.attachable(2 * i);
            long toSmall = org.attachable(2 * i + 1);
            big.add(timed(() -> calls.put("[" + calls.attachItem(toBig, org.bigFleetOwner()) + "]")));
            small.add(timed(() -> calls.put("[" + calls.attachItem(toSmall, org.smallFleetOwner()) + "]")));
        }
        results.scale(median(big), median(small));
    }

    private static long timed(LoadDriver.Operation operation) throws Exception {
        long start = System.nanoTime();
        operation.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void measureJdbc() throws Exception {
        String database = copyOfTheSeed("gl_bench_l1");
        try (JdbcUpdateItem item = new JdbcUpdateItem(server.url(database), server.user(), server.password(), settings.poolSize(), org)) {
            LoadDriver.closedLoop(16, settings.warmUp(), item);
            for (int clients : settings.clients()) {
                results.throughput(Results.Layer.L1, clients, LoadDriver.closedLoop(clients, settings.run(), item));
                progress("L1 %d clients: %.0f items/s", clients, results.throughput(Results.Layer.L1, clients));
            }
            Histogram latencies = LoadDriver.openLoop(results.fixedRate(), settings.run(), item);
            results.latency(Results.Layer.L1, latencies);
        }
    }

    private void measurePgbench() throws Exception {
        String database = copyOfTheSeed("gl_bench_l0");
        String document;
        try (Connection connection = server.connect(database);
             PreparedStatement read = connection.prepareStatement("select document::text from customer where org_id = ? and customer_id = ?")) {
            read.setLong(1, org.id());
            read.setLong(2, customerId(connection, org.firstFree()));
            try (ResultSet result = read.executeQuery()) {
                result.next();
                document = result.getString(1);
            }
        }
        Pgbench pgbench = new Pgbench(server, org, settings.workDirectory());
        pgbench.throughput(database, 16, settings.warmUp(), document);
        for (int clients : settings.clients()) {
            results.throughput(Results.Layer.L0, clients, pgbench.throughput(database, clients, settings.run(), document));
            progress("L0 %d clients: %.0f items/s", clients, results.throughput(Results.Layer.L0, clients));
        }
    }
}

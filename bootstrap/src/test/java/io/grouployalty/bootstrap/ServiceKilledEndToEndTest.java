package io.grouployalty.bootstrap;

import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.InvariantChecker;
import io.grouployalty.bootstrap.testing.ServiceProcess;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service process is killed ({@code kill -9}) in the middle of a 200-item batch: afterwards every item is either
 * wholly stored (customer, both identifiers, extended field, place under its parent, history entry) or wholly absent.
 */
class ServiceKilledEndToEndTest {

    private static final int ROUNDS = Integer.getInteger("chaos.rounds", 1);
    private static final int ITEMS = 200;

    private final TestDatabase database = TestDatabases.migrated();
    private final Map<String, String> overrides = TestServer.overridesFor(database);

    private static String mobile(int round, int item) {
        return "92" + String.format("%04d%06d", round, item);
    }

    private static String item(int round, int item) {
        String profile = "\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile(round, item) + "\"},"
                + " {\"type\": \"email\", \"value\": \"c" + round + "-" + item + "@example.com\"}]}]";
        return "{" + profile + ", \"extendedFields\": {\"city\": \"c" + item + "\"}, \"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"fleetCompany\": {\"externalId\": \"fleet-co\"},"
                + " \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile(round, ITEMS) + "\"}]}]}}";
    }

    @Test
    void everyItemOfABatchCutShortIsWhollyThereOrWhollyAbsent() throws Exception {
        assertThat(TestServer.orgApply(overrides, """
                org: {id: 9, name: Killed}
                tills: [{code: killed, password: pw}]
                extendedFields: [{name: city, type: STRING}]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 30000}
                      - {code: DRIVER}
                companies: [{externalId: fleet-co, name: Fleet Co, hierarchyDefinitionCode: fleet}]
                """).succeeded()).isTrue();
        InvariantChecker invariants = new InvariantChecker(database.jdbi());
        int whole = 0;
        int absent = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ServiceProcess service = ServiceProcess.start(overrides);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(send(http, service, "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile(round, ITEMS) + "\"}]}],"
                    + " \"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"fleet-co\"}}").join().statusCode())
                    .isEqualTo(200);
            int round0 = round;
            String batch = IntStream.range(0, ITEMS).mapToObj(item -> item(round0, item)).collect(Collectors.joining(",", "[", "]"));

            CompletableFuture<HttpResponse<String>> cutShort = send(http, service, batch);
            int killPoint = ThreadLocalRandom.current().nextInt(1, ITEMS / 3);
            Eventually.within(Duration.ofSeconds(60), () -> assertThat(stored(round0)).isGreaterThanOrEqualTo(killPoint));
            service.kill();

            assertThat(cutShort).failsWithin(Duration.ofSeconds(10));
            List<Map<String, Object>> items = items(round);
            long wholly = items.stream().filter(ServiceKilledEndToEndTest::whollyStored).count();
            long none = items.stream().filter(ServiceKilledEndToEndTest::whollyAbsent).count();
            assertThat(wholly + none).as("items wholly there or wholly absent: %s", items).isEqualTo(ITEMS);
            assertThat(none).as("the batch was cut short").isPositive();
            assertThat(invariants.violations(9)).isEmpty();
            assertThat(customersWithoutIdentifiers()).isZero();
            whole += (int) wholly;
            absent += (int) none;
        }
        System.out.printf("CHAOS kills=%d items=%d stored=%d absent=%d half=0%n", ROUNDS, ROUNDS * ITEMS, whole, absent);
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient http, ServiceProcess service, String body) {
        return http.sendAsync(HttpRequest.newBuilder(service.uri("/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", TestServer.basic("killed", "pw")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int stored(int round) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                select count(*) from customer_identifier where org_id = 9 and type = 'MOBILE' and value like :prefix
                """).bind("prefix", "92" + String.format("%04d", round) + "%").mapTo(Integer.class).one()) - 1;
    }

    private int customersWithoutIdentifiers() {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                select count(*) from customer
                 where org_id = 9
                   and not exists (select 1 from customer_identifier i where i.org_id = customer.org_id and i.customer_id = customer.customer_id)
                """).mapTo(Integer.class).one());
    }

    /** For each item of the round: what of it is stored. */
    private List<Map<String, Object>> items(int round) {
        return IntStream.range(0, ITEMS).mapToObj(item -> database.jdbi().withHandle(handle -> handle.createQuery("""
                select (select count(*) from customer_identifier where org_id = 9 and type = 'MOBILE' and value = :mobile) as mobiles,
                       (select count(*) from customer_identifier where org_id = 9 and type = 'EMAIL' and value = :email) as emails,
                       (select count(*) from customer c join customer_identifier i using (org_id, customer_id)
                         where c.org_id = 9 and i.value = :mobile and c.parent_id is not null
                           and c.document -> 'extendedFields' ->> 'city' = :city) as placed,
                       (select count(*) from change_history h join customer_identifier i using (org_id, customer_id)
                         where h.org_id = 9 and i.value = :mobile) as changes
                """).bind("mobile", mobile(round, item)).bind("email", "c" + round + "-" + item + "@example.com").bind("city", "c" + item)
                .mapToMap().one())).toList();
    }

    private static boolean whollyStored(Map<String, Object> item) {
        return item.values().stream().allMatch(count -> ((Number) count).longValue() == 1);
    }

    private static boolean whollyAbsent(Map<String, Object> item) {
        return item.values().stream().allMatch(count -> ((Number) count).longValue() == 0);
    }
}

package io.grouployalty.bootstrap;

import io.grouployalty.bootstrap.testing.Deployment;
import io.grouployalty.bootstrap.testing.Deployment.Answer;
import io.grouployalty.bootstrap.testing.Deployment.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §4 under requests raced through HTTP, against one service and against two service processes on one database.
 * After every race the invariant checker finds no violation in the org, and every acknowledged write is stored.
 * {@code -Dchaos.rounds=N} runs each race N times (scripts/chaos).
 */
class HttpRacesEndToEndTest {

    private static final int ROUNDS = Integer.getInteger("chaos.rounds", 1);
    private static final int FREE_SLOTS = 5;
    private static final AtomicInteger RACES = new AtomicInteger();

    private static Deployment twoProcesses;

    private Deployment deployment;
    private long org;

    static Stream<Arguments> deployments() {
        return Stream.of(Deployment.oneService(), twoServiceProcesses())
                .flatMap(deployment -> IntStream.rangeClosed(1, ROUNDS).mapToObj(round -> Arguments.of(deployment, round)));
    }

    private static synchronized Deployment twoServiceProcesses() {
        if (twoProcesses == null) {
            twoProcesses = Deployment.serviceProcesses(2);
        }
        return twoProcesses;
    }

    @AfterAll
    static void stopTheProcesses() {
        if (twoProcesses != null) {
            twoProcesses.stop();
        }
        System.out.println("CHAOS races=" + RACES.get());
    }

    @AfterEach
    void theOrgKeepsEveryInvariant() {
        if (deployment != null) {
            assertThat(deployment.invariants().violations(org)).isEmpty();
        }
    }

    private void aFleetOn(Deployment target) {
        deployment = target;
        org = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
        RACES.incrementAndGet();
        deployment.orgApply("""
                org: {id: %d, name: Races}
                tills: [{code: races.%d, password: pw}]
                extendedFields: [%s]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: %d}
                      - {code: DRIVER}
                companies:
                  - {externalId: A, name: A, hierarchyDefinitionCode: fleet}
                  - {externalId: B, name: B, hierarchyDefinitionCode: fleet}
                """.formatted(org, org, IntStream.range(0, 20).mapToObj(i -> "{name: f" + i + ", type: STRING}").collect(Collectors.joining(", ")),
                FREE_SLOTS + 1));
    }

    private String mobile(int index) {
        return "9" + String.format("%011d", org % 10_000_000L * 1000 + index);
    }

    private static String profile(String mobile, String... more) {
        return "\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}" + String.join("", more) + "]}]";
    }

    private static String association(String role, String company) {
        return ", \"hierarchyCode\": \"fleet\", \"roleCode\": \"" + role + "\", \"fleetCompany\": {\"externalId\": \"" + company + "\"}";
    }

    private static String parent(String mobile) {
        return ", \"parentCustomer\": {" + profile(mobile) + "}";
    }

    private Request put(String item) {
        return new Request("PUT", "/v2/customers/bulk?source=INSTORE", basic("races." + org, "pw"), "[{" + item + "}]");
    }

    private Request post(String item) {
        return new Request("POST", "/v2/customers/bulk?source=INSTORE", basic("races." + org, "pw"), "[{" + item + "}]");
    }

    private void register(String item) {
        Answer answer = deployment.send(0, post(item));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    }

    private long customer(String mobile) {
        return deployment.invariants().holderOfMobile(org, mobile).orElseThrow();
    }

    private String stored(String column, String mobile) {
        return deployment.database().jdbi().withHandle(handle -> handle.createQuery("""
                select case :column when 'parent' then parent_id::text when 'role' then role_code
                                    when 'company' then (select external_id from company
                                                          where company.org_id = customer.org_id and company.company_id = customer.company_id)
                       end
                  from customer where org_id = :org and customer_id = :customer
                """).bind("column", column).bind("org", org).bind("customer", customer(mobile)).mapTo(String.class).one());
    }

    private String extendedField(String mobile, String field) {
        return deployment.database().jdbi().withHandle(handle -> handle.createQuery("""
                select document -> 'extendedFields' ->> :field from customer where org_id = :org and customer_id = :customer
                """).bind("field", field).bind("org", org).bind("customer", customer(mobile)).mapTo(String.class).one());
    }

    private static Set<Integer> failureCodes(List<Answer> answers) {
        return answers.stream().filter(answer -> !answer.itemSucceeded()).map(Answer::itemErrorCode).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void fortyAttachmentsToAParentWithFiveFreeSlotsLetExactlyFiveIn(Deployment target, int round) throws Exception {
        aFleetOn(target);
        register(profile(mobile(0)) + association("OWNER", "A"));
        register(profile(mobile(1)) + association("DRIVER", "A") + parent(mobile(0)));
        for (int i = 0; i < 40; i++) {
            register(profile(mobile(100 + i)));
        }

        List<Answer> answers = deployment.race(40, i -> put(profile(mobile(100 + i)) + association("DRIVER", "A") + parent(mobile(0))));

        List<Integer> attached = IntStream.range(0, 40).filter(i -> answers.get(i).itemSucceeded()).boxed().toList();
        assertThat(attached).hasSize(FREE_SLOTS);
        assertThat(failureCodes(answers)).containsOnly(1618);
        attached.forEach(i -> assertThat(stored("parent", mobile(100 + i))).isEqualTo(Long.toString(customer(mobile(0)))));
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void concurrentFirstAssociationsWithDifferentRolesAndCompaniesLeaveOne(Deployment target, int round) throws Exception {
        aFleetOn(target);
        register(profile(mobile(0)));

        List<Answer> answers = deployment.race(10, i -> put(profile(mobile(0)) + association(i % 3 == 0 ? "OWNER" : "DRIVER", i % 2 == 0 ? "A" : "B")));

        List<Answer> succeeded = answers.stream().filter(Answer::itemSucceeded).toList();
        assertThat(succeeded).isNotEmpty();
        String role = stored("role", mobile(0));
        String company = stored("company", mobile(0));
        succeeded.forEach(answer -> {
            assertThat(answer.body().at("/0/associationDetails/roleCode").asText()).isEqualTo(role);
            assertThat(answer.body().at("/0/associationDetails/fleetCompany/externalId").asText()).isEqualTo(company);
        });
        assertThat(failureCodes(answers)).isSubsetOf(1627, 1628);
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void twoParentsClaimingOneChildLeaveItWithOneOfThem(Deployment target, int round) throws Exception {
        aFleetOn(target);
        register(profile(mobile(0)) + association("OWNER", "A"));
        register(profile(mobile(1)) + association("OWNER", "A"));
        register(profile(mobile(2)));

        List<Answer> answers = deployment.race(2, i -> put(profile(mobile(i))
                + ", \"childCustomers\": [{" + profile(mobile(2)) + ", \"roleCode\": \"DRIVER\"}]"));

        List<String> claimants = IntStream.range(0, 2).filter(i -> answers.get(i).itemSucceeded())
                .mapToObj(i -> Long.toString(customer(mobile(i)))).toList();
        assertThat(claimants).isNotEmpty();
        assertThat(claimants).contains(stored("parent", mobile(2)));
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void twentyRequestsSettingDifferentExtendedFieldsOfOneCustomerAllLand(Deployment target, int round) throws Exception {
        aFleetOn(target);
        register(profile(mobile(0)));

        List<Answer> answers = deployment.race(20, i -> put(profile(mobile(0)) + ", \"extendedFields\": {\"f" + i + "\": \"v" + i + "\"}"));

        assertThat(answers).allMatch(Answer::itemSucceeded);
        IntStream.range(0, 20).forEach(i -> assertThat(extendedField(mobile(0), "f" + i)).isEqualTo("v" + i));
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void oneIdentifierRacedOntoTenCustomersEndsWithOne(Deployment target, int round) throws Exception {
        aFleetOn(target);
        for (int i = 0; i < 10; i++) {
            register(profile(mobile(i)));
        }
        String contested = "race" + org + "@example.com";

        List<Answer> answers = deployment.race(10, i -> put(profile(mobile(i), ", {\"type\": \"email\", \"value\": \"" + contested + "\"}")));

        List<Integer> winners = IntStream.range(0, 10).filter(i -> answers.get(i).itemSucceeded()).boxed().toList();
        assertThat(winners).hasSize(1);
        assertThat(failureCodes(answers)).isSubsetOf(8007, 8053);
        List<Long> holders = deployment.database().jdbi().withHandle(handle -> handle.createQuery("""
                select customer_id from customer_identifier where org_id = :org and type = 'EMAIL' and value = :email
                """).bind("org", org).bind("email", contested).mapTo(Long.class).list());
        assertThat(holders).containsExactly(customer(mobile(winners.get(0))));
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void theSameAssociateBodyPostedAtOnceRegistersOneCustomer(Deployment target, int round) throws Exception {
        aFleetOn(target);
        register(profile(mobile(0)) + association("OWNER", "A"));
        String body = profile(mobile(1), ", {\"type\": \"email\", \"value\": \"twice" + org + "@example.com\"}") + association("DRIVER", "A")
                + parent(mobile(0)) + ", \"extendedFields\": {\"f1\": \"once\"}";

        List<Answer> answers = deployment.race(4, i -> post(body));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.body().at("/0/entity/id").asLong()).distinct().toList())
                .containsExactly(customer(mobile(1)));
        assertThat(stored("parent", mobile(1))).isEqualTo(Long.toString(customer(mobile(0))));
        assertThat(extendedField(mobile(1), "f1")).isEqualTo("once");
    }
}

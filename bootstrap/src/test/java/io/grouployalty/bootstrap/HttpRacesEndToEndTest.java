package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.bootstrap.testing.Deployment;
import io.grouployalty.bootstrap.testing.Deployment.Answer;
import io.grouployalty.bootstrap.testing.Deployment.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
        System.out.println("CHAOS races=" + RACES.get() + " busy answers sent again=" + Deployment.busyAnswers());
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
                  - {externalId: C, name: C, hierarchyDefinitionCode: fleet}
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

    private Request company(String method, String externalId, String body) {
        return new Request(method, "/v2/companies?externalId=" + externalId, basic("races." + org, "pw"), body == null ? "" : body);
    }

    private Request hierarchy(String method, String path, String body) {
        return new Request(method, "/v2/fleetHierarchy" + path, basic("races." + org, "pw"), body);
    }

    private Answer acknowledged(Request request) {
        Answer answer = deployment.sendUntilAcknowledged(0, request);
        assertThat(answer.status()).as(request + " answered " + answer.body()).isEqualTo(200);
        return answer;
    }

    private JsonNode companyNamed(String externalId) {
        return acknowledged(company("GET", externalId, null)).body();
    }

    private void withParents(String... externalIdAndParent) {
        for (int i = 0; i < externalIdAndParent.length; i += 2) {
            String parent = externalIdAndParent[i + 1];
            acknowledged(company("PUT", externalIdAndParent[i],
                    "{\"parentCompany\": " + (parent == null ? "null" : "{\"externalId\": \"" + parent + "\"}") + "}"));
        }
    }

    private void theOrgKeepsEveryInvariantNow() {
        assertThat(deployment.invariants().violations(org)).isEmpty();
    }

    private static List<Integer> statuses(List<Answer> answers) {
        return answers.stream().map(Answer::status).sorted().toList();
    }

    private long hierarchyId(String code) {
        return deployment.database().jdbi().withHandle(handle -> handle.createQuery("""
                select hierarchy_id from hierarchy where org_id = :org and code = :code
                """).bind("org", org).bind("code", code).mapTo(Long.class).one());
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

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void twentyRequestsSettingDifferentExtendedFieldsOfOneCompanyAllLand(Deployment target, int round) throws Exception {
        aFleetOn(target);

        List<Answer> answers = deployment.race(20, i -> company("PUT", "A", "{\"extendedFields\": {\"k" + i + "\": \"v" + i + "\"}}"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        JsonNode fields = companyNamed("A").get("extendedFields");
        assertThat(IntStream.range(0, 20).filter(i -> !fields.path("k" + i).asText().equals("v" + i)).boxed().toList())
                .as("keys lost of " + fields).isEmpty();
    }

    /**
     * The updates name no {@code isActive}, so whatever order they serialize in with the DELETE, the acknowledged DELETE
     * leaves both companies inactive and each acknowledged update's key stays.
     */
    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void aCompanyDeactivatedWhileItAndItsSubsidiaryAreUpdatedEndsInactiveWithEveryUpdate(Deployment target, int round) throws Exception {
        aFleetOn(target);
        withParents("B", "A");
        for (int attempt = 0; attempt < 5; attempt++) {
            acknowledged(company("PUT", "A", "{\"isActive\": true}"));
            acknowledged(company("PUT", "B", "{\"isActive\": true}"));
            String key = "t" + attempt + "_";

            List<Answer> answers = deployment.race(11, i -> i == 0 ? company("DELETE", "A", null)
                    : company("PUT", i % 2 == 0 ? "A" : "B", "{\"extendedFields\": {\"" + key + i + "\": \"v\"}}"));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
            JsonNode a = companyNamed("A");
            JsonNode b = companyNamed("B");
            assertThat(List.of(a.get("isActive").asBoolean(), b.get("isActive").asBoolean())).as("A and B active").containsExactly(false, false);
            IntStream.range(1, 11).forEach(i -> assertThat((i % 2 == 0 ? a : b).at("/extendedFields/" + key + i).asText())
                    .as("key " + key + i).isEqualTo("v"));
        }
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void twoCompaniesPutUnderEachOtherAtOnceNeverFormACycle(Deployment target, int round) throws Exception {
        aFleetOn(target);
        for (int attempt = 0; attempt < 5; attempt++) {
            withParents("A", null, "B", null);

            List<Answer> answers = deployment.race(2, i -> company("PUT", i == 0 ? "A" : "B",
                    "{\"parentCompany\": {\"externalId\": \"" + (i == 0 ? "B" : "A") + "\"}}"));

            theOrgKeepsEveryInvariantNow();
            assertThat(statuses(answers)).containsExactly(200, 400);
            assertThat(answers.stream().filter(answer -> answer.status() == 400).map(Answer::errorCode)).containsExactly(1710);
        }
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void threeCompaniesPutUnderEachOtherInACircleAtOnceNeverFormACycle(Deployment target, int round) throws Exception {
        aFleetOn(target);
        List<String> circle = List.of("A", "B", "C");
        for (int attempt = 0; attempt < 5; attempt++) {
            withParents("A", null, "B", null, "C", null);

            List<Answer> answers = deployment.race(3, i -> company("PUT", circle.get(i),
                    "{\"parentCompany\": {\"externalId\": \"" + circle.get((i + 1) % 3) + "\"}}"));

            theOrgKeepsEveryInvariantNow();
            assertThat(statuses(answers)).containsExactly(200, 200, 400);
            assertThat(answers.stream().filter(answer -> answer.status() == 400).map(Answer::errorCode)).containsExactly(1710);
        }
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void twoRolesAppendedAtTheSamePlaceAtOnceLetOneIn(Deployment target, int round) throws Exception {
        aFleetOn(target);
        long fleet = hierarchyId("fleet");
        List<String> chain = new ArrayList<>(List.of("OWNER", "DRIVER"));
        for (int attempt = 0; attempt < 5; attempt++) {
            List<String> appended = List.of("X" + attempt, "Y" + attempt);

            List<Answer> answers = deployment.race(2, i -> hierarchy("PUT", "/" + fleet, rolesBody(chain, appended.get(i))));

            assertThat(statuses(answers)).containsExactly(200, 400);
            assertThat(answers.stream().filter(answer -> answer.status() == 400).map(Answer::errorCode)).containsExactly(1711);
            chain.add(appended.get(answers.get(0).status() == 200 ? 0 : 1));
            JsonNode stored = acknowledged(hierarchy("GET", "?id=" + fleet, "")).body().get("roles");
            assertThat(StreamSupport.stream(stored.spliterator(), false).map(role -> role.get("code").asText()))
                    .containsExactlyElementsOf(chain);
        }
    }

    private static String rolesBody(List<String> chain, String appended) {
        List<String> codes = Stream.concat(chain.stream(), Stream.of(appended)).toList();
        return IntStream.range(0, codes.size())
                .mapToObj(i -> i == codes.size() - 1 ? "{\"code\": \"" + codes.get(i) + "\"}"
                        : "{\"code\": \"" + codes.get(i) + "\", \"childRoleCode\": \"" + codes.get(i + 1) + "\", \"maxChild\": "
                        + (FREE_SLOTS + 1) + "}")
                .collect(Collectors.joining(", ", "{\"roles\": [", "]}"));
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void hierarchiesMadeTheDefaultAtOnceLeaveOneDefault(Deployment target, int round) throws Exception {
        aFleetOn(target);
        List<Long> ids = new ArrayList<>(List.of(hierarchyId("fleet")));
        for (int i = 1; i < 5; i++) {
            ids.add(acknowledged(hierarchy("POST", "", "{\"code\": \"h" + i + "\", \"roles\": [{\"code\": \"OWNER\", "
                    + "\"childRoleCode\": \"DRIVER\", \"maxChild\": 3}, {\"code\": \"DRIVER\"}]}")).body().get("entity").asLong());
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Answer> answers = deployment.race(ids.size(), i -> hierarchy("PUT", "/" + ids.get(i), "{\"default\": true}"));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
            int defaults = deployment.database().jdbi().withHandle(handle -> handle.createQuery("""
                    select count(*) from hierarchy where org_id = :org and is_default
                    """).bind("org", org).mapTo(Integer.class).one());
            assertThat(defaults).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void theSameAssociateBodyCreatingACompanyPostedAtOnceNamesOneCompany(Deployment target, int round) throws Exception {
        aFleetOn(target);
        String body = profile(mobile(0)) + ", \"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", "
                + "\"fleetCompany\": {\"externalId\": \"NEW\", \"name\": \"New\", \"hierarchyDefinitionCode\": \"fleet\"}";

        List<Answer> answers = deployment.race(4, i -> post(body));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        long created = companyNamed("NEW").get("companyId").asLong();
        assertThat(answers.stream().map(answer -> answer.body().at("/0/entity/associationDetails/fleetCompany/companyId").asLong()).distinct())
                .containsExactly(created);
        assertThat(stored("company", mobile(0))).isEqualTo("NEW");
    }

    @ParameterizedTest(name = "{0}, round {1}")
    @MethodSource("deployments")
    void fourCustomersCreatingOneCompanyAtOnceAllJoinIt(Deployment target, int round) throws Exception {
        aFleetOn(target);

        List<Answer> answers = deployment.race(4, i -> post(profile(mobile(i)) + ", \"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", "
                + "\"fleetCompany\": {\"externalId\": \"NEW\", \"name\": \"New\", \"hierarchyDefinitionCode\": \"fleet\"}"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        IntStream.range(0, 4).forEach(i -> assertThat(stored("company", mobile(i))).isEqualTo("NEW"));
    }
}

package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles and change-history entries have stable public ids, and answers name them instead of null (API.md §6.55). */
class PublicIdsEndToEndTest {

    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "ids." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(970_000_000_000L);
    private static final String TRUCKS = """
            {"code": "trucks", "name": "Trucks", "roles": [{"code": "OWNER", "childRoleCode": "MANAGER", "maxChild": 10},
             {"code": "MANAGER", "childRoleCode": "DRIVER", "maxChild": 10}, {"code": "DRIVER"}]}""";

    private static TestServer server;
    private static long trucks;

    @BeforeAll
    static void anOrgWithAHierarchyDefinedOverHttp() {
        server = TestServer.shared();
        assertThat(server.orgApply(orgFile("")).succeeded()).isTrue();
        trucks = ok("POST", "/v2/fleetHierarchy", TRUCKS).get("entity").asLong();
        ok("POST", "/v2/companies", "{\"externalId\": \"trucks-co\", \"name\": \"Trucks Co\", \"hierarchyDefinitionCode\": \"trucks\"}");
    }

    private static String orgFile(String appendedRole) {
        return """
                org: {id: %d, name: Ids}
                tills: [{code: %s, password: pw}]
                extendedFields: [{name: city, type: STRING}]
                hierarchies:
                  - code: vans
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 10}
                      - {code: DRIVER%s}
                %s""".formatted(ORG, TILL, appendedRole.isEmpty() ? "" : ", childRoleCode: HELPER, maxChild: 5", appendedRole);
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static JsonNode ok(String method, String path, String body) {
        return server.ok(method, path, basic(TILL, "pw"), body);
    }

    /** The ids of the hierarchy's roles, in chain order, as GET /v2/fleetHierarchy shows them. */
    private static List<Long> roleIds(String code) {
        List<Long> ids = new ArrayList<>();
        ok("GET", "/v2/fleetHierarchy?code=" + code, null).get("roles").forEach(role -> {
            assertThat(role.path("id").isIntegralNumber()).as(role.toString()).isTrue();
            ids.add(role.get("id").asLong());
        });
        return ids;
    }

    private static String member(String mobile, String role, String parent) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}],"
                + " \"extendedFields\": {\"city\": \"Pune\"},"
                + " \"associationDetails\": {\"hierarchyCode\": \"trucks\", \"roleCode\": \"" + role + "\", \"fleetCompany\": {\"externalId\": \"trucks-co\"}"
                + (parent == null ? "" : ", \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + parent + "\"}]}]}")
                + "}}";
    }

    private static JsonNode parentRoleId(long customer) {
        return ok("GET", "/v2/customers/" + customer + "?source=INSTORE", null).at("/associationDetails/parentRoleId");
    }

    @Test
    void parentRoleIdIsTheIdOfTheRoleAboveTheCustomersRoleAndNullForTheRoot() {
        List<Long> roles = roleIds("trucks");
        assertThat(roles).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        String owner = aMobile();
        String manager = aMobile();
        String driver = aMobile();

        JsonNode posted = ok("POST", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + owner + "\"}]}], \"associationDetails\": {\"hierarchyCode\": \"trucks\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"trucks-co\"},"
                + " \"childCustomers\": [{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + manager + "\"}]}]}]}}").get(0);
        JsonNode drivers = ok("POST", "/v2/customers/bulk?source=INSTORE", member(driver, "DRIVER", manager)).get(0);
        JsonNode updated = ok("PUT", "/v2/customers/bulk?source=INSTORE", member(driver, "DRIVER", manager)).get(0);

        assertThat(posted.at("/entity/associationDetails/parentRoleId").isNull()).as(posted.toString()).isTrue();
        assertThat(posted.at("/childEntities/0/associationDetails/parentRoleId").asLong()).isEqualTo(roles.get(0));
        assertThat(drivers.at("/entity/associationDetails/parentRoleId").asLong()).isEqualTo(roles.get(1));
        assertThat(updated.at("/associationDetails/parentRoleId").asLong()).isEqualTo(roles.get(1));
        assertThat(parentRoleId(posted.at("/entity/id").asLong()).isNull()).isTrue();
        assertThat(parentRoleId(posted.at("/childEntities/0/id").asLong()).asLong()).isEqualTo(roles.get(0));
        assertThat(parentRoleId(drivers.at("/entity/id").asLong()).asLong()).isEqualTo(roles.get(1));
    }

    @Test
    void roleIdsStayWhenRolesAreAppendedOrChangedOverHttpAndWhenTheOrgFileIsAppliedAgain() {
        List<Long> before = roleIds("trucks");
        long driver = ok("POST", "/v2/customers/bulk?source=INSTORE", member(aMobile(), "DRIVER", null)).at("/0/entity/id").asLong();

        ok("PUT", "/v2/fleetHierarchy/" + trucks, "{\"name\": \"Trucks and vans\"}");
        assertThat(roleIds("trucks")).isEqualTo(before);
        ok("PUT", "/v2/fleetHierarchy/" + trucks, """
                {"roles": [{"id": %d, "code": "OWNER", "childRoleCode": "MANAGER", "maxChild": 20}, {"code": "MANAGER", "childRoleCode": "DRIVER", "maxChild": 10},
                           {"code": "DRIVER", "childRoleCode": "HELPER", "maxChild": 3}, {"code": "HELPER"}]}""".formatted(before.get(0)));

        List<Long> appended = roleIds("trucks");
        assertThat(appended).hasSize(4).doesNotHaveDuplicates().startsWith(before.toArray(Long[]::new));
        assertThat(parentRoleId(driver).asLong()).isEqualTo(before.get(1));

        List<Long> applied = roleIds("vans");
        assertThat(server.orgApply(orgFile("")).succeeded()).isTrue();
        assertThat(roleIds("vans")).isEqualTo(applied);
        assertThat(server.orgApply(orgFile("      - {code: HELPER}\n")).succeeded()).isTrue();
        List<Long> reapplied = roleIds("vans");
        assertThat(reapplied).hasSize(3).doesNotHaveDuplicates().startsWith(applied.toArray(Long[]::new));
        assertThat(reapplied).doesNotContainAnyElementsOf(appended);
    }

    @Test
    void changeIdsAreNumbersUniqueInTheOrgNewestFirstAndTheSameOnEveryRead() {
        String mobile = aMobile();
        String other = aMobile();
        long customer = ok("POST", "/v2/customers/bulk?source=INSTORE", member(mobile, "OWNER", null)).at("/0/entity/id").asLong();
        long otherCustomer = ok("POST", "/v2/customers/bulk?source=INSTORE", member(other, "OWNER", null)).at("/0/entity/id").asLong();
        for (String city : List.of("Goa", "Agra", "Delhi")) {
            ok("PUT", "/v2/customers/bulk?source=INSTORE", "[{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile
                    + "\"}]}], \"extendedFields\": {\"city\": \"" + city + "\"}}, {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                    + other + "\"}]}], \"extendedFields\": {\"city\": \"" + city + "\"}}]");
        }

        JsonNode changes = ok("GET", "/v2/customers/" + customer + "/changes", null);

        List<Long> ids = new ArrayList<>();
        changes.get("data").forEach(change -> {
            assertThat(change.get("changeId").isIntegralNumber()).as(change.toString()).isTrue();
            ids.add(change.get("changeId").asLong());
        });
        assertThat(ids).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(changes.findValuesAsText("after")).startsWith("Delhi", "Agra", "Goa");
        assertThat(ok("GET", "/v2/customers/" + customer + "/changes", null)).isEqualTo(changes);
        for (int offset = 0; offset < ids.size(); offset++) {
            assertThat(ok("GET", "/v2/customers/" + customer + "/changes?limit=1&offset=" + offset, null).at("/data/0/changeId").asLong())
                    .isEqualTo(ids.get(offset));
        }
        List<Long> othersIds = ok("GET", "/v2/customers/" + otherCustomer + "/changes", null).get("data").findValuesAsText("changeId")
                .stream().map(Long::valueOf).toList();
        assertThat(othersIds).hasSize(4).doesNotContainAnyElementsOf(ids);
        assertThat(othersIds.get(0)).as("the other customer's newest change came after this one's second newest").isGreaterThan(ids.get(1));
    }
}

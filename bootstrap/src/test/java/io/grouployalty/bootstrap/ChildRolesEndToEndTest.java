package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Children placed by an item take their role, and every answer and read shows it (API.md §6.56). */
class ChildRolesEndToEndTest {

    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "children." + ORG;
    private static final String WECHAT = "?source=WECHAT&accountId=WECHAT-CM";
    private static final AtomicLong MOBILES = new AtomicLong(960_000_000_000L);

    private static TestServer server;

    @BeforeAll
    static void theVendorsFleetAndOneThatSkipsRoles() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Child roles, timeZone: "+05:30"}
                tills: [{code: %s, password: pw}]
                sources: [{name: WECHAT, accounts: [WECHAT-CM]}]
                cardSeries: [{id: 10, code: FleetCard1, statusLabels: {ACTIVE: ACTIVE}, maxActivePerCustomer: 3}]
                customFields: [gender, city]
                extendedFields: [{name: gender, type: STRING}, {name: city, type: STRING}]
                hierarchies:
                  - code: code-association2
                    roles:
                      - {code: GFA, childRoleCode: SFA, maxChild: 5000}
                      - {code: SFA, childRoleCode: FA, maxChild: 5000}
                      - {code: FA, childRoleCode: FC, maxChild: 5000, pointsAggregationRole: true}
                      - {code: FC}
                  - code: skipping
                    skipRoleAllowed: true
                    roles:
                      - {code: OWNER, childRoleCode: MANAGER, maxChild: 100}
                      - {code: MANAGER, childRoleCode: DRIVER, maxChild: 100}
                      - {code: DRIVER}
                companies:
                  - {externalId: ex917471949194, name: Solace Logistics, hierarchyDefinitionCode: code-association2}
                  - {externalId: skipping-co, name: Skipping Co, hierarchyDefinitionCode: skipping}
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static JsonNode ok(String method, String path, String body) {
        return server.ok(method, path, basic(TILL, "pw"), body);
    }

    private static String vendorExample() throws Exception {
        try (InputStream in = ChildRolesEndToEndTest.class.getResourceAsStream("/vendor/associate-parent-with-children.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String customer(String mobile) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}]}";
    }

    private static String owner(String mobile, String children, String childRoleCode) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}],"
                + " \"associationDetails\": {\"hierarchyCode\": \"skipping\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"skipping-co\"},"
                + (childRoleCode == null ? "" : " \"childRoleCode\": \"" + childRoleCode + "\",")
                + " \"childCustomers\": [" + children + "]}}";
    }

    @Test
    void theVendorsParentWithChildrenExampleRendersEveryChildInFullWithItsRole() throws Exception {
        JsonNode element = ok("POST", "/v2/customers/bulk" + WECHAT, vendorExample()).get(0);

        JsonNode entity = element.get("entity");
        assertThat(entity.at("/associationDetails/childRoleCode").asText()).isEqualTo("FC");
        assertThat(entity.at("/associationDetails/childCustomers").findValuesAsText("roleCode")).containsExactly("FC", "FC");
        JsonNode children = element.get("childEntities");
        assertThat(children.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            JsonNode child = children.get(i);
            assertThat(child.fieldNames()).toIterable().containsExactly("id", "profiles", "loyaltyInfo", "loyaltyProgramEnrollments",
                    "segments", "referralCode", "associationDetails", "extendedFields");
            assertThat(child.get("id").asLong()).isEqualTo(entity.at("/associationDetails/childCustomers/" + i + "/id").asLong());
            assertThat(child.at("/profiles/0/lastName").asText()).isEqualTo(i == 0 ? "One" : "Two");
            assertThat(child.at("/loyaltyInfo/loyaltyType").asText()).isEqualTo("loyalty");
            JsonNode association = child.get("associationDetails");
            assertThat(association.get("roleCode").asText()).isEqualTo("FC");
            assertThat(association.get("hierarchyCode").asText()).isEqualTo("code-association2");
            assertThat(association.at("/fleetCompany/externalId").asText()).isEqualTo("ex917471949194");
            assertThat(association.at("/parentCustomer/id").asLong()).isEqualTo(entity.get("id").asLong());
            assertThat(association.at("/parentCustomer/roleCode").asText()).isEqualTo("FA");
            assertThat(association.get("childRoleCode").isNull()).isTrue();
            assertThat(association.get("childCustomer").asBoolean()).isTrue();
            assertThat(association.get("new").asBoolean()).isTrue();
        }

        JsonNode again = ok("POST", "/v2/customers/bulk" + WECHAT, vendorExample()).get(0);
        assertThat(again.get("childEntities")).hasSize(2).allSatisfy(placed -> {
            assertThat(placed.at("/associationDetails/roleCode").asText()).isEqualTo("FC");
            assertThat(placed.at("/associationDetails/new").asBoolean()).isFalse();
        });

        JsonNode fleet = ok("GET", "/v2/customers/bulk" + WECHAT + "&associationEntityType=parentCustomer"
                + "&associationEntityIdentifierType=mobile&associationEntityIdentifierValue=917979000000", null);
        assertThat(fleet.at("/entity/customers").findValuesAsText("roleCode")).containsExactly("FC", "FC");
        JsonNode child = ok("GET", "/v2/customers/" + children.get(1).get("id").asLong() + WECHAT, null);
        assertThat(child.at("/associationDetails/roleCode").asText()).isEqualTo("FC");
        assertThat(child.at("/associationDetails/parentCustomer/id").asLong()).isEqualTo(entity.get("id").asLong());
    }

    @Test
    void childrenPlacedWithAChildRoleCodeBelowTheDirectOneTakeItInPostPutAndReads() throws Exception {
        String owner = aMobile();
        String placedByPost = aMobile();

        JsonNode posted = ok("POST", "/v2/customers/bulk?source=INSTORE", owner(owner, customer(placedByPost), "DRIVER")).get(0);

        assertThat(posted.at("/entity/associationDetails/childRoleCode").asText()).isEqualTo("DRIVER");
        assertThat(posted.at("/childEntities/0/associationDetails/roleCode").asText()).isEqualTo("DRIVER");
        assertThat(posted.at("/entity/associationDetails/childCustomers/0/roleCode").asText()).isEqualTo("DRIVER");

        String placedByPut = aMobile();
        String placedByDefault = aMobile();
        ok("POST", "/v2/customers/bulk?source=INSTORE", "[" + customer(placedByPut) + "," + customer(placedByDefault) + "]");
        JsonNode put = ok("PUT", "/v2/customers/bulk?source=INSTORE", owner(owner, customer(placedByPut), "DRIVER")).get(0);
        JsonNode byDefault = ok("PUT", "/v2/customers/bulk?source=INSTORE", owner(owner, customer(placedByDefault), null)).get(0);

        assertThat(put.at("/associationDetails/childRoleCode").asText()).isEqualTo("DRIVER");
        assertThat(put.at("/associationDetails/childCustomers/0/roleCode").asText()).isEqualTo("DRIVER");
        assertThat(byDefault.at("/associationDetails/childRoleCode").asText()).isEqualTo("MANAGER");
        assertThat(byDefault.at("/associationDetails/childCustomers/0/roleCode").asText()).isEqualTo("MANAGER");
        JsonNode fleet = ok("GET", "/v2/customers/bulk?source=INSTORE&associationEntityType=parentCustomer"
                + "&associationEntityIdentifierType=mobile&associationEntityIdentifierValue=" + owner + "&sortOrder=ASC", null);
        assertThat(fleet.at("/entity/customers").findValuesAsText("roleCode")).containsExactly("DRIVER", "DRIVER", "MANAGER");
    }
}

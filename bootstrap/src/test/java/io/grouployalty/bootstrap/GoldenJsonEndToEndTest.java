package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor's documented request bodies replayed through HTTP on PostgreSQL, each response compared member by member
 * with a golden file of the canonical shape; only the values of ids and timestamps may differ, not whether they are null.
 */
class GoldenJsonEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VOLATILE = Set.of("id", "userId", "companyId", "hierarchyId", "parentRoleId", "createDate",
            "modifiedDate", "autoUpdateTime", "enrolledOn", "createdOn");
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "golden.till";

    private static TestServer server;

    @BeforeAll
    static void theVendorsFleet() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Golden, timeZone: "+05:30"}
                tills: [{code: %s, password: pw}]
                sources: [{name: WECHAT, accounts: [WECHAT-CM]}]
                cardSeries: [{id: 10, code: FleetCard1, statusLabels: {ACTIVE: ACTIVE}, maxActivePerCustomer: 3}]
                customFields: [gender, city]
                extendedFields: [{name: gender, type: STRING}, {name: city, type: STRING}]
                hierarchies:
                  - code: code-association2
                    name: Fleet
                    roles:
                      - {code: GFA, childRoleCode: SFA, maxChild: 5000}
                      - {code: SFA, childRoleCode: FA, maxChild: 5000}
                      - {code: FA, childRoleCode: FC, maxChild: 5000, pointsAggregationRole: true}
                      - {code: FC}
                  - code: SIL0101
                    name: Silver fleet
                    roles:
                      - {code: CEO, childRoleCode: Zonal_Manager, maxChild: 100}
                      - {code: Zonal_Manager, childRoleCode: City_Manager, maxChild: 100}
                      - {code: City_Manager, childRoleCode: Associate, maxChild: 100}
                      - {code: Associate, childRoleCode: Drivers, maxChild: 100}
                      - {code: Drivers}
                companies:
                  - {externalId: ex917471000000, name: Solace Logistics, hierarchyDefinitionCode: code-association2}
                  - {externalId: ex917471949194, name: Solace Fleet, hierarchyDefinitionCode: code-association2}
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GoldenJsonEndToEndTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Every difference between expected and actual, by path; of volatile members only presence and JSON type count. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> differences = new ArrayList<>();
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": expected an object");
                return differences;
            }
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!actual.has(name)) {
                    differences.add(path + "/" + name + ": missing");
                } else if (!VOLATILE.contains(name)) {
                    differences.addAll(differences(expected.get(name), actual.get(name), path + "/" + name));
                } else if (expected.get(name).getNodeType() != actual.get(name).getNodeType()) {
                    differences.add(path + "/" + name + ": expected " + expected.get(name).getNodeType() + ", got " + actual.get(name));
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    differences.add(path + "/" + name + ": not expected");
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                differences.add(path + ": expected " + expected.size() + " elements, got " + actual);
                return differences;
            }
            for (int i = 0; i < expected.size(); i++) {
                differences.addAll(differences(expected.get(i), actual.get(i), path + "/" + i));
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
        return differences;
    }

    @Test
    void theVendorsUpdateAssociationExampleAnswersTheCanonicalShape() throws Exception {
        HttpResponse<String> registered = send("POST", "/v2/customers/bulk?source=WECHAT&accountId=WECHAT-CM", resource("/vendor/register-for-update.json"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);

        HttpResponse<String> updated = send("PUT", "/v2/customers/bulk?source=WECHAT&accountId=WECHAT-CM", resource("/vendor/update-association.json"));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(differences(JSON.readTree(resource("/golden/update-association.json")), JSON.readTree(updated.body()), "")).isEmpty();
    }

    private static void assertGolden(String golden, HttpResponse<String> response) throws Exception {
        assertThat(differences(JSON.readTree(resource(golden)), JSON.readTree(response.body()), "")).as(response.body()).isEmpty();
    }

    @Test
    void theVendorsHierarchyDefinitionReadsBackInTheContractsShape() throws Exception {
        HttpResponse<String> defined = send("POST", "/v2/fleetHierarchy", resource("/vendor/hierarchy.json"));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);

        assertGolden("/golden/hierarchy.json", send("GET", "/v2/fleetHierarchy?code=Partner1", ""));
    }

    @Test
    void theVendorsCompanyReadsBackInTheContractsShape() throws Exception {
        send("POST", "/v2/fleetHierarchy", resource("/vendor/hierarchy.json"));
        assertThat(send("POST", "/v2/companies", resource("/vendor/parent-company.json")).statusCode()).isEqualTo(200);
        HttpResponse<String> registered = send("POST", "/v2/companies", resource("/vendor/company.json"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);

        assertGolden("/golden/company.json", send("GET", "/v2/companies?externalId=917902000000", ""));
    }

    @Test
    void theVendorsRegisterAndAssociateExampleAnswersTheCanonicalShape() throws Exception {
        HttpResponse<String> associated = send("POST", "/v2/customers/bulk?source=INSTORE", resource("/vendor/register-and-associate.json"));

        assertThat(associated.statusCode()).as(associated.body()).isEqualTo(200);
        assertGolden("/golden/register-and-associate.json", associated);
    }

    @Test
    void theVendorsAssociateParentWithChildrenExampleAnswersTheCanonicalShape() throws Exception {
        HttpResponse<String> associated = send("POST", "/v2/customers/bulk?source=WECHAT&accountId=WECHAT-CM",
                resource("/vendor/associate-parent-with-children.json"));

        assertThat(associated.statusCode()).as(associated.body()).isEqualTo(200);
        assertGolden("/golden/associate-parent-with-children.json", associated);
    }

    @Test
    void theComparisonFailsOnARenamedOrMissingMember() throws Exception {
        JsonNode golden = JSON.readTree(resource("/golden/update-association.json"));
        JsonNode renamed = JSON.readTree(resource("/golden/update-association.json").replace("\"loyaltyInfo\"", "\"loyalty_info\""));
        JsonNode changedValue = JSON.readTree(resource("/golden/update-association.json").replace("\"Sawyer\"", "\"Sawyer2\""));
        JsonNode nullId = JSON.readTree(resource("/golden/update-association.json").replaceFirst("\"id\": [0-9]+", "\"id\": null"));

        assertThat(differences(golden, renamed, "")).contains("/0/loyaltyInfo: missing", "/0/loyalty_info: not expected");
        assertThat(differences(golden, changedValue, "")).hasSize(1);
        assertThat(differences(golden, nullId, "")).containsExactly("/0/id: expected NUMBER, got null");
    }
}

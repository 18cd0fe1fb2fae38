package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer reads through HTTP: one customer, lookup, change history and the fleet pages of GET /v2/customers/bulk. */
class CustomerReadsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "reads." + ORG;
    private static final String STRANGER = "reads.stranger." + ORG;
    private static final String OWNER = "94" + String.format("%010d", ORG % 10_000_000_000L);

    private static TestServer server;
    private static long ownerId;

    @BeforeAll
    static void aFleetOfOneOwnerAndTwelveDrivers() throws Exception {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Reads}
                tills: [{code: %s, password: pw}]
                extendedFields: [{name: city, type: STRING}]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 100}
                      - {code: DRIVER}
                companies: [{externalId: reads-co, name: Reads Co, hierarchyDefinitionCode: fleet}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
        assertThat(server.orgApply("org: {id: %d, name: Stranger}\ntills: [{code: %s, password: pw}]\n".formatted(ORG + 1, STRANGER)).succeeded()).isTrue();
        StringBuilder drivers = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            drivers.append(i == 0 ? "" : ",").append("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"").append(driver(i))
                    .append("\"}]}], \"associationDetails\": {\"roleCode\": \"DRIVER\", \"hierarchyCode\": \"fleet\", \"fleetCompany\": {\"externalId\": \"reads-co\"},")
                    .append(" \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"").append(OWNER).append("\"}]}]}}}");
        }
        HttpResponse<String> owner = send("POST", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + OWNER + "\"}]}], \"extendedFields\": {\"city\": \"Pune\"}, \"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\","
                + " \"fleetCompany\": {\"externalId\": \"reads-co\"}}}", TILL);
        ownerId = JSON.readTree(owner.body()).at("/0/entity/id").asLong();
        assertThat(send("POST", "/v2/customers/bulk?source=INSTORE", "[" + drivers + "]", TILL).statusCode()).isEqualTo(200);
    }

    private static String driver(int index) {
        return "95" + String.format("%08d", ORG % 100_000_000L) + String.format("%02d", index);
    }

    private static HttpResponse<String> send(String method, String path, String body, String till) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(till, "pw"));
        return server.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode get(String path, String till) throws Exception {
        return JSON.readTree(send("GET", path, null, till).body());
    }

    @Test
    void readsACustomerWithItsChildrenCountAndAnETag() throws Exception {
        HttpResponse<String> owner = send("GET", "/v2/customers/" + ownerId + "?source=INSTORE", null, TILL);

        assertThat(owner.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(owner.body());
        assertThat(body.at("/associationDetails/noOfChildren").asInt()).isEqualTo(12);
        assertThat(body.at("/associationDetails/fleetCompany/externalId").asText()).isEqualTo("reads-co");
        assertThat(body.has("errors")).isFalse();
        assertThat(body.at("/associationDetails").has("childCustomers")).isFalse();
        String tag = owner.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = server.send(HttpRequest.newBuilder(server.uri("/v2/customers/" + ownerId + "?source=INSTORE"))
                .header("Authorization", basic(TILL, "pw")).header("If-None-Match", tag).GET());
        assertThat(unchanged.statusCode()).isEqualTo(304);
    }

    @Test
    void anotherOrgsCustomerIsExactlyAsMissingAsAMissingOne() throws Exception {
        HttpResponse<String> theirs = send("GET", "/v2/customers/" + ownerId + "?source=INSTORE", null, STRANGER);
        HttpResponse<String> missing = send("GET", "/v2/customers/999999999?source=INSTORE", null, STRANGER);

        assertThat(theirs.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(theirs.body()).at("/errors/0")).isEqualTo(JSON.readTree(missing.body()).at("/errors/0"));
        assertThat(send("GET", "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=" + OWNER, null, STRANGER)
                .statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v2/customers/" + ownerId + "/changes", null, STRANGER).statusCode()).isEqualTo(404);
        HttpResponse<String> update = send("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\","
                + " \"value\": \"" + OWNER + "\"}]}], \"extendedFields\": {\"city\": \"Hacked\"}}", STRANGER);
        assertThat(update.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(update.body()).at("/0/errors/0/code").asInt()).isEqualTo(8015);
        assertThat(get("/v2/customers/" + ownerId + "?source=INSTORE", TILL).at("/extendedFields/city").asText()).isNotEqualTo("Hacked");
        assertThat(send("GET", "/v2/customers/bulk?source=INSTORE&associationEntityType=parentCustomer&associationEntityIdentifierType=mobile"
                + "&associationEntityIdentifierValue=" + OWNER, null, STRANGER).statusCode()).isEqualTo(404);
    }

    @Test
    void looksUpACustomerByAnIdentifier() throws Exception {
        assertThat(get("/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=" + OWNER, TILL).get("entity").asLong())
                .isEqualTo(ownerId);
        assertThat(get("/v2/customers/lookup?source=ALL&identifierName=mobile&identifierValue=" + OWNER, TILL).get("entity").asLong())
                .isEqualTo(ownerId);
        assertThat(get("/v2/customers/lookup?source=INSTORE&identifierName=mobile", TILL).at("/errors/0/code").asInt()).isEqualTo(8013);
        assertThat(get("/v2/customers/lookup?source=INSTORE&identifierName=passport&identifierValue=1", TILL).at("/errors/0/code").asInt()).isEqualTo(8013);
        assertThat(get("/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=919999999999", TILL).at("/errors/0/code").asInt())
                .isEqualTo(8015);
    }

    @Test
    void readsTheChangeHistoryNewestFirst() throws Exception {
        send("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + OWNER
                + "\"}]}], \"extendedFields\": {\"city\": \"Goa\"}}", TILL);

        JsonNode changes = get("/v2/customers/" + ownerId + "/changes?limit=1", TILL);

        assertThat(changes.get("count").asInt()).isEqualTo(2);
        assertThat(changes.at("/data/0/operation").asText()).isEqualTo("UPDATE_ASSOCIATION");
        assertThat(changes.at("/data/0/actor/code").asText()).isEqualTo(TILL);
        assertThat(changes.at("/data/0/changes/0/after").asText()).isEqualTo("Goa");
        assertThat(send("GET", "/v2/customers/" + ownerId + "/changes?limit=101", null, TILL).statusCode()).isEqualTo(400);
    }

    @Test
    void walksTheChildrenOfAParentPageByPageWithoutGapsOrRepeatsThoughTheyShareTheirCreationTime() throws Exception {
        Set<Long> seen = new HashSet<>();
        Set<String> createdDates = new HashSet<>();
        int pages = 0;
        for (int offset = 0; offset < 12; offset += 5) {
            JsonNode page = get("/v2/customers/bulk?source=INSTORE&associationEntityType=parentCustomer&associationEntityIdentifierType=mobile"
                    + "&associationEntityIdentifierValue=" + OWNER + "&limit=5&offset=" + offset + "&includeNoOfChildren=true", TILL);
            assertThat(page.at("/entity/count").asInt()).isEqualTo(12);
            page.at("/entity/customers").forEach(customer -> assertThat(seen.add(customer.get("id").asLong())).isTrue());
            page.at("/entity/customers").forEach(customer -> createdDates.add(customer.get("createdDate").asText()));
            assertThat(page.at("/entity/customers/0").has("noOfChildren")).isTrue();
            assertThat(page.at("/entity/customers/0").has("parentCustomer")).isFalse();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12);
        assertThat(createdDates).as("registered in one request, the children share their creation time").hasSize(1);
    }

    @Test
    void lastUpdatedOnMovesWithAnyStoredChangeNotOnlyWithProfiles() throws Exception {
        assertThat(send("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + driver(5) + "\"}]}], \"extendedFields\": {\"city\": \"Goa\"}}", TILL).statusCode()).isEqualTo(200);

        JsonNode latest = get("/v2/customers/bulk?source=INSTORE&associationEntityType=parentCustomer&associationEntityIdentifierType=mobile"
                + "&associationEntityIdentifierValue=" + OWNER + "&sortBy=lastUpdatedOn&sortOrder=DESC&limit=1", TILL);

        assertThat(latest.at("/entity/customers/0/profiles/0/identifiers/0/value").asText()).isEqualTo(driver(5));
    }

    @Test
    void readsACompanysCustomersAndOneCustomerWithItsParent() throws Exception {
        JsonNode company = get("/v2/customers/bulk?source=INSTORE&associationEntityType=company&associationEntityIdentifierType=externalId"
                + "&associationEntityIdentifierValue=reads-co&limit=100", TILL);
        JsonNode one = get("/v2/customers/bulk?source=INSTORE&associationEntityType=parentChildCustomer&associationEntityIdentifierType=mobile"
                + "&associationEntityIdentifierValue=" + driver(3), TILL);

        assertThat(company.at("/entity/count").asInt()).isEqualTo(13);
        assertThat(one.at("/entity/customers").size()).isEqualTo(1);
        assertThat(one.at("/entity/customers/0/parentCustomer/id").asLong()).isEqualTo(ownerId);
        assertThat(get("/v2/customers/bulk?source=INSTORE&associationEntityType=company&associationEntityIdentifierType=externalId"
                + "&associationEntityIdentifierValue=nope", TILL).at("/errors/0/code").asInt()).isEqualTo(1704);
        assertThat(send("GET", "/v2/customers/bulk?source=INSTORE&associationEntityType=company&associationEntityIdentifierValue=reads-co&limit=1001",
                null, TILL).statusCode()).isEqualTo(400);
    }
}

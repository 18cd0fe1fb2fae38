package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code PUT} and {@code POST /v2/customers/bulk} through HTTP: variants, statuses, request-level codes, dry runs. */
class CustomersBulkEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "bulk." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(930_000_000_000L);

    private static TestServer server;

    @BeforeAll
    static void anOrgWithAFleet() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Bulk}
                tills: [{code: %s, password: pw}]
                sources: [{name: WECHAT, accounts: [WECHAT-CM]}]
                extendedFields: [{name: city, type: STRING}]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 10}
                      - {code: DRIVER}
                companies: [{externalId: fleet-co, name: Fleet Co, hierarchyDefinitionCode: fleet}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static HttpResponse<String> send(String method, String query, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk" + query)).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String register(String mobile) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}]}";
    }

    @Test
    void answers200WhenEveryItemSucceeds201WhenSomeFailAnd500WhenAllFail() throws Exception {
        String known = aMobile();
        send("POST", "?source=INSTORE", register(known));
        String update = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + known + "\"}]}], \"extendedFields\": {\"city\": \"Pune\"}}";
        String unknown = register(aMobile());

        assertThat(send("PUT", "?source=INSTORE", "[" + update + "]").statusCode()).isEqualTo(200);
        HttpResponse<String> mixed = send("PUT", "?source=INSTORE", "[" + update + "," + unknown + "]");
        assertThat(mixed.statusCode()).isEqualTo(201);
        assertThat(json(mixed).at("/1/errors/0/code").asInt()).isEqualTo(8015);
        assertThat(json(mixed).at("/0/extendedFields/city").asText()).isEqualTo("Pune");
        HttpResponse<String> failed = send("PUT", "?source=INSTORE", "[" + unknown + "]");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).at("/0/errors/0/code").asInt()).isEqualTo(8015);
    }

    @Test
    void acceptsTheDocumentedVariantsOfAnItem() throws Exception {
        String owner = aMobile();
        send("POST", "?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + owner + "\"}]}],"
                + " \"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"fleet-co\"}}");
        String driver = aMobile();

        HttpResponse<String> response = send("POST", "?source=instore", "{\"profiles\": [{\"Firstname\": \"Tom\", \"Lastname\": \"Sawyer\","
                + " \"identifiers\": [{\"type\": \"MOBILE\", \"value\": \"" + driver + "\"}, {\"type\": \"card\", \"value\": \"card-" + driver + "\","
                + " \"seriesCode\": \"none\"}],"
                + " \"commChannels\": [{\"type\": \"EMAIL\", \"value\": \"t" + driver + "@example.com\", \"primary\": \"true\"}]}],"
                + " \"loyaltyType\": \"non-loyalty\", \"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + owner + "\"}]}]},"
                + " \"fleetCompany\": {\"externalId\": \"fleet-co\"}}");

        assertThat(json(response).at("/0/errors/0/code").asInt()).as(response.body()).isEqualTo(3004);

        HttpResponse<String> withoutCard = send("POST", "?source=instore", "{\"profiles\": [{\"Firstname\": \"Tom\", \"Lastname\": \"Sawyer\","
                + " \"identifiers\": [{\"type\": \"MOBILE\", \"value\": \"" + driver + "\"}],"
                + " \"commChannels\": [{\"type\": \"EMAIL\", \"value\": \"t" + driver + "@example.com\", \"primary\": \"true\"}]}],"
                + " \"loyaltyType\": \"non-loyalty\", \"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + owner + "\"}]}]},"
                + " \"fleetCompany\": {\"externalId\": \"fleet-co\"}}");

        JsonNode entity = json(withoutCard).at("/0/entity");
        assertThat(withoutCard.statusCode()).as(withoutCard.body()).isEqualTo(200);
        assertThat(entity.at("/profiles/0/firstName").asText()).isEqualTo("Tom");
        assertThat(entity.at("/profiles/0/commChannels/0/type").asText()).isEqualTo("email");
        assertThat(entity.at("/profiles/0/commChannels/0/primary").asBoolean()).isTrue();
        assertThat(entity.at("/loyaltyInfo/loyaltyType").asText()).isEqualTo("non_loyalty");
        assertThat(entity.at("/associationDetails/roleCode").asText()).isEqualTo("DRIVER");
        assertThat(entity.at("/associationDetails/childCustomer").asBoolean()).isTrue();
        assertThat(json(withoutCard).at("/0/childCount").asInt()).isZero();
    }

    @Test
    void registersACustomerAndTheUnknownParentItNamesInOneItem() throws Exception {
        String driver = aMobile();
        String owner = aMobile();
        String item = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + driver + "\"}]}],"
                + " \"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\", \"fleetCompany\": {\"externalId\": \"fleet-co\"},"
                + " \"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + owner + "\"}]}]}}}";

        HttpResponse<String> registered = send("POST", "?source=INSTORE", item);

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        long parent = json(registered).at("/0/entity/associationDetails/parentCustomer/id").asLong();
        JsonNode stored = JSON.readTree(server.get("/v2/customers/" + parent + "?source=INSTORE", basic(TILL, "pw")).body());
        assertThat(stored.at("/associationDetails/roleCode").asText()).isEqualTo("OWNER");
        assertThat(stored.at("/associationDetails/noOfChildren").asInt()).isEqualTo(1);
    }

    @Test
    void refusesRequestsThatAreUnusableAsAWhole() throws Exception {
        String item = register(aMobile());

        assertThat(json(send("PUT", "", item)).at("/errors/0/code").asInt()).isEqualTo(8003);
        assertThat(json(send("PUT", "?source=ALL", item)).at("/errors/0/code").asInt()).isEqualTo(8003);
        assertThat(json(send("PUT", "?source=JD", item)).at("/errors/0/code").asInt()).isEqualTo(8003);
        assertThat(json(send("PUT", "?source=WECHAT", item)).at("/errors/0/code").asInt()).isEqualTo(8045);
        assertThat(json(send("PUT", "?source=WECHAT&accountId=OTHER", item)).at("/errors/0/code").asInt()).isEqualTo(8011);
        assertThat(send("PUT", "?source=INSTORE", "[]").statusCode()).isEqualTo(400);
        HttpResponse<String> tooMany = send("PUT", "?source=INSTORE", "[" + (item + ",").repeat(200) + item + "]");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).at("/errors/0/code").asInt()).isEqualTo(1060);
        HttpResponse<String> shapes = send("PUT", "?source=INSTORE", "[{\"loyaltyType\": \"platinum\", \"profiles\": [{\"identifiers\": 7}]}]");
        assertThat(shapes.statusCode()).isEqualTo(400);
        assertThat(json(shapes).get("errors").size()).isEqualTo(2);
    }

    @Test
    void aDryRunAnswersLikeTheRealCallAndKeepsNothing() throws Exception {
        String mobile = aMobile();

        HttpResponse<String> dry = send("POST", "?source=INSTORE&dryRun=true", register(mobile));

        assertThat(dry.statusCode()).isEqualTo(200);
        assertThat(dry.headers().firstValue("X-Dry-Run")).contains("true");
        assertThat(json(dry).at("/0/entity/id").isNull()).isTrue();
        assertThat(json(dry).at("/0/entity/profiles/0/userId").isNull()).isTrue();
        assertThat(send("PUT", "?source=INSTORE", register(mobile)).statusCode()).isEqualTo(500);
        HttpResponse<String> real = send("POST", "?source=INSTORE", register(mobile));
        assertThat(json(real).at("/0/entity/id").asLong()).isPositive();
    }

    @Test
    void theShortPathUpdatesToo() throws Exception {
        String mobile = aMobile();
        send("POST", "?source=INSTORE", register(mobile));

        HttpResponse<String> updated = server.send(HttpRequest.newBuilder(server.uri("/v2/bulk?source=INSTORE"))
                .header("Authorization", basic(TILL, "pw")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(register(mobile))));

        assertThat(updated.statusCode()).isEqualTo(200);
    }
}

package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Extended fields keep their type in every answer (API.md §2, §6.8, §6.26, §6.53). */
class TypedExtendedFieldsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "typed." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(950_000_000_000L);

    private static TestServer server;

    @BeforeAll
    static void anOrgWithFieldsOfEveryType() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Typed, timeZone: "+05:30"}
                tills: [{code: %s, password: pw}]
                extendedFields:
                  - {name: fleet_size, type: INTEGER}
                  - {name: ratio, type: DOUBLE}
                  - {name: electric, type: BOOLEAN}
                  - {name: dob, type: DATE}
                  - {name: city, type: STRING, maxLength: 20}
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 10}
                      - {code: DRIVER}
                companies: [{externalId: typed-co, name: Typed Co, hierarchyDefinitionCode: fleet}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"));
        HttpResponse<String> response = server.send(body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
        return JSON.readTree(response.body());
    }

    private static String item(String mobile, String extendedFields) {
        return """
                {"profiles": [{"identifiers": [{"type": "mobile", "value": "%s"}]}], "extendedFields": %s,
                 "associationDetails": {"hierarchyCode": "fleet", "roleCode": "OWNER", "fleetCompany": {"externalId": "typed-co"}}}"""
                .formatted(mobile, extendedFields);
    }

    private static void assertTyped(JsonNode fields) {
        assertThat(fields.get("fleet_size").isIntegralNumber()).as("fleet_size in %s", fields).isTrue();
        assertThat(fields.get("fleet_size").longValue()).isEqualTo(42);
        assertThat(fields.get("ratio").isNumber()).as("ratio in %s", fields).isTrue();
        assertThat(fields.get("ratio").doubleValue()).isEqualTo(2.5);
        assertThat(fields.get("electric").isBoolean()).as("electric in %s", fields).isTrue();
        assertThat(fields.get("electric").booleanValue()).isTrue();
        assertThat(fields.get("dob").textValue()).isEqualTo("1990-04-01T00:00:00+05:30");
    }

    @Test
    void everyAnswerRendersTheValuesOfTheirFieldsType() throws Exception {
        String mobile = aMobile();
        JsonNode posted = send("POST", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile,
                "{\"fleet_size\": 42, \"ratio\": \"2.5\", \"electric\": \"TRUE\", \"dob\": \"1990-04-01T23:30:00-08:00\", \"city\": 7}") + "]");
        assertThat(posted.at("/0/warnings")).isEmpty();
        assertTyped(posted.at("/0/entity/extendedFields"));
        assertThat(posted.at("/0/entity/extendedFields/city").textValue()).isEqualTo("7");
        long id = posted.at("/0/entity/id").asLong();

        JsonNode updated = send("PUT", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{\"city\": \"Pune\"}") + "]");
        assertTyped(updated.at("/0/extendedFields"));
        assertThat(updated.at("/0/extendedFields/city").textValue()).isEqualTo("Pune");

        assertTyped(send("GET", "/v2/customers/" + id + "?source=INSTORE", null).at("/extendedFields"));
        assertTyped(send("POST", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{}") + "]").at("/0/entity/extendedFields"));
        JsonNode fleet = send("GET", "/v2/customers/bulk?source=INSTORE&associationEntityType=company&associationEntityIdentifierValue=typed-co"
                + "&limit=1000", null);
        JsonNode listed = null;
        for (JsonNode customer : fleet.at("/entity/customers")) {
            if (customer.get("id").asLong() == id) {
                listed = customer;
            }
        }
        assertThat(listed).isNotNull();
        assertTyped(listed.get("extendedFields"));
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsWarning91015AndTheOthersApply() throws Exception {
        String mobile = aMobile();
        send("POST", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{\"fleet_size\": 7, \"city\": \"Goa\"}") + "]");

        JsonNode answer = send("PUT", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, """
                {"fleet_size": 9223372036854775808, "ratio": 1e400, "electric": "maybe", "dob": "", "city": {"name": "Pune"}}""") + "]");

        assertThat(answer.at("/0/errors")).isEmpty();
        List<String> warned = new ArrayList<>();
        answer.at("/0/warnings").forEach(warning -> {
            assertThat(warning.get("code").asInt()).isEqualTo(91015);
            warned.add(warning.get("message").asText());
        });
        assertThat(warned).hasSize(5);
        assertThat(answer.at("/0/extendedFields/fleet_size").longValue()).isEqualTo(7);
        assertThat(answer.at("/0/extendedFields/city").textValue()).isEqualTo("Goa");
        assertThat(send("PUT", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{\"fleet_size\": 4.5}") + "]")
                .at("/0/warnings/0/code").asInt()).isEqualTo(91015);
    }

    @Test
    void aHistoryEntryRecordsTheTypedValues() throws Exception {
        String mobile = aMobile();
        long id = send("POST", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{\"fleet_size\": 41}") + "]")
                .at("/0/entity/id").asLong();
        send("PUT", "/v2/customers/bulk?source=INSTORE", "[" + item(mobile, "{\"fleet_size\": \"42\", \"electric\": false}") + "]");

        JsonNode changes = send("GET", "/v2/customers/" + id + "/changes", null).at("/data/0/changes");

        JsonNode size = null;
        JsonNode electric = null;
        for (JsonNode change : changes) {
            if (change.get("path").asText().equals("/extendedFields/fleet_size")) {
                size = change;
            }
            if (change.get("path").asText().equals("/extendedFields/electric")) {
                electric = change;
            }
        }
        assertThat(size).isNotNull();
        assertThat(size.get("before").isIntegralNumber()).isTrue();
        assertThat(size.get("before").longValue()).isEqualTo(41);
        assertThat(size.get("after").longValue()).isEqualTo(42);
        assertThat(electric).isNotNull();
        assertThat(electric.get("after").isBoolean()).isTrue();
        assertThat(electric.get("before").isNull()).isTrue();
    }
}

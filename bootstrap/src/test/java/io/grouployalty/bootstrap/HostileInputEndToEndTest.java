package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-picked hostile requests: each gets its documented status and code, the database is exactly as before, and
 * the server keeps serving.
 */
class HostileInputEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "hostile." + ORG;
    private static final String KNOWN = "96" + String.format("%010d", ORG % 10_000_000_000L);
    private static final String ITEM = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]%s}";

    private static TestServer server;

    @BeforeAll
    static void anOrgWithOneCustomer() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Hostile}
                tills: [{code: %s, password: pw}]
                extendedFields: [{name: city, type: STRING}, {name: dob, type: DATE}]
                programs: [{id: 1, name: P, tiers: [{number: 1, name: T}]}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
        assertThat(send("POST", "/v2/customers/bulk?source=INSTORE", ITEM.formatted("").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String fingerprint() {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("""
                select md5(coalesce(string_agg(t::text, ',' order by t::text), ''))
                  from (select document::text || coalesce(hierarchy_code, '') from customer where org_id = :org
                        union all select type || value from customer_identifier where org_id = :org
                        union all select customer_id::text || operation from change_history where org_id = :org) t
                """).bind("org", ORG).mapTo(String.class).one());
    }

    static Stream<Arguments> requests() {
        String deep = "[".repeat(65) + "]".repeat(65);
        return Stream.of(
                Arguments.of("malformed JSON", "PUT", "?source=INSTORE", "{\"profiles\": [", 400, 400),
                Arguments.of("truncated JSON", "PUT", "?source=INSTORE", ITEM.formatted("").substring(0, 30), 400, 400),
                Arguments.of("two values", "PUT", "?source=INSTORE", "{}{}", 400, 400),
                Arguments.of("nesting deeper than 64", "PUT", "?source=INSTORE", deep, 400, 400),
                Arguments.of("empty batch", "PUT", "?source=INSTORE", "[]", 400, 400),
                Arguments.of("a number as the body", "PUT", "?source=INSTORE", "42", 400, 400),
                Arguments.of("profiles as a string", "PUT", "?source=INSTORE", "{\"profiles\": \"x\"}", 400, 400),
                Arguments.of("identifier value as an object", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": {}}]}]}", 400, 400),
                Arguments.of("fractional program id", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 1.5}]"), 400, 400),
                Arguments.of("huge program id", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 99999999999999999999999}]"), 400, 400),
                Arguments.of("negative points", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"loyaltyPoints\": -5}]"), 400, 400),
                Arguments.of("unknown loyalty type", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyType\": \"platinum\""), 400, 400),
                Arguments.of("unknown channel type", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}], \"commChannels\": [{\"type\": \"pigeon\", \"value\": \"x\"}]}]}", 400, 400),
                Arguments.of("control character in a name", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"firstName\": \"To\\u0000m\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}", 400, 400),
                Arguments.of("C1 control in an identifier", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"9\\u0085\"}]}]}", 400, 400),
                Arguments.of("very long string", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"firstName\": \"" + "x".repeat(5000) + "\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}", 500, 400),
                Arguments.of("very long account id", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"accountId\": \"" + "a".repeat(500) + "\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}", 500, 8011),
                Arguments.of("very long identifier", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"externalId\", \"value\": \"" + "e".repeat(2000) + "\"}]}]}", 500, 400),
                Arguments.of("missing source", "PUT", "", ITEM.formatted(""), 400, 8003),
                Arguments.of("source ALL on a write", "PUT", "?source=ALL", ITEM.formatted(""), 400, 8003),
                Arguments.of("SQL-looking source", "PUT", "?source=INSTORE'%3B%20drop%20table%20customer%3B--", ITEM.formatted(""), 400, 8003),
                Arguments.of("bad dryRun flag", "PUT", "?source=INSTORE&dryRun=maybe", ITEM.formatted(""), 400, 400),
                Arguments.of("unknown identifier type", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"passport\", \"value\": \"X1\"}]}]}", 500, 8013),
                Arguments.of("SQL-looking identifier", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"externalId\", \"value\": \"x' or '1'='1\"}]}]}", 500, 8015),
                Arguments.of("invalid expiry date", "PUT", "?source=INSTORE",
                        ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierExpiryDate\": \"2027-13-45\"}]"), 500, 1216),
                Arguments.of("empty expiry date", "PUT", "?source=INSTORE",
                        ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierExpiryDate\": \"\"}]"), 500, 1216),
                Arguments.of("unknown program", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 77}]"), 500, 1213),
                Arguments.of("malformed mobile", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"12-ab\"}]}]}", 500, 8056),
                Arguments.of("unknown hierarchy", "PUT", "?source=INSTORE",
                        ITEM.formatted(", \"associationDetails\": {\"hierarchyCode\": \"nope\", \"roleCode\": \"x\", \"fleetCompany\": {\"externalId\": \"y\"}}"), 500, 1701),
                Arguments.of("bad limit", "GET", "?source=INSTORE&associationEntityType=company&associationEntityIdentifierValue=x&limit=0", "", 400, 400),
                Arguments.of("bad sort order", "GET", "?source=INSTORE&associationEntityType=company&associationEntityIdentifierValue=x&sortOrder=SIDEWAYS", "", 400, 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aHostileRequestGetsItsDocumentedAnswerAndChangesNothing(String name, String method, String query, String body, int status, int code)
            throws Exception {
        String before = fingerprint();

        HttpResponse<String> response = send(method, "/v2/customers/bulk" + query, body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode answer = JSON.readTree(response.body());
        JsonNode error = answer.isArray() ? answer.at("/0/errors/0") : answer.at("/errors/0");
        assertThat(error.get("code").asInt()).as(response.body()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "org.postgresql", "SELECT", "select ");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(send("PUT", "/v2/customers/bulk?source=INSTORE", ITEM.formatted("").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "invalid UTF-8 {index}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRefusedWholesale(byte[] body) throws Exception {
        String before = fingerprint();

        HttpResponse<String> response = send("PUT", "/v2/customers/bulk?source=INSTORE", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/message").asText()).contains("UTF-8");
        assertThat(fingerprint()).isEqualTo(before);
    }

    static Stream<byte[]> invalidUtf8() {
        return Stream.of(new byte[]{'"', (byte) 0xC3, (byte) 0x28, '"'}, new byte[]{'[', (byte) 0xFF, ']'},
                new byte[]{'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'});
    }
}

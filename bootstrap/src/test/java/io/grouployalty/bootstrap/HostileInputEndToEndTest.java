package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.OrgFingerprint;
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
                sources: [{name: WECHAT, accounts: [WECHAT-CM]}]
                extendedFields: [{name: city, type: STRING}, {name: dob, type: DATE}, {name: fleet_size, type: INTEGER}]
                customFields: [gender]
                programs: [{id: 1, name: P, tiers: [{number: 1, name: T}]}]
                cardSeries: [{id: 10, code: S1, statusLabels: {ACTIVE: ACTIVE}}]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 10}
                      - {code: DRIVER}
                companies: [{externalId: base-co, name: Base Co, hierarchyDefinitionCode: fleet}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
        assertThat(send("POST", "/v2/customers/bulk?source=INSTORE", ITEM.formatted("").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String fingerprint() {
        return OrgFingerprint.of(server, ORG);
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
                Arguments.of("negative points", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"loyaltyPoints\": -5}]"), 500, 400),
                Arguments.of("unknown loyalty type", "PUT", "?source=INSTORE", ITEM.formatted(", \"loyaltyType\": \"platinum\""), 400, 400),
                Arguments.of("unknown channel type", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}], \"commChannels\": [{\"type\": \"pigeon\", \"value\": \"x\"}]}]}", 400, 400),
                Arguments.of("control character in a name", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"firstName\": \"To\\u0000m\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}", 400, 400),
                Arguments.of("C1 control in an identifier", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"9\\u0085\"}]}]}", 400, 400),
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
                Arguments.of("empty createDate", "PUT", "?source=INSTORE", ITEM.formatted(", \"createDate\": \"\""), 400, 400),
                Arguments.of("malformed createDate of a profile", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"createDate\": \"2016-13-01\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}", 400, 400),
                Arguments.of("empty lastViewedDate of an identifier", "PUT", "?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\", \"lastViewedDate\": \"\"}]}]}", 400, 400),
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

    private static final String JSON_TYPE = "application/json";
    private static final String LONG = "x".repeat(5000);
    private static final String FIND = "/v2/customers/bulk?source=INSTORE&associationEntityType=parentCustomer&associationEntityIdentifierValue=" + KNOWN;

    private static HttpResponse<String> exchange(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return server.send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    /** A PUT item for the known customer with {@code members} added to it, or to its profile when they start with "profile:". */
    private static String item(String members) {
        return members.startsWith("profile:")
                ? "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}], " + members.substring(8) + "}]}"
                : ITEM.formatted(", " + members);
    }

    private static String repeated(String element, int times) {
        return "[" + String.join(",", java.util.Collections.nCopies(times, element)) + "]";
    }

    private static String company(String members) {
        return "{\"externalId\": \"hostile-co\", \"name\": \"Co\", \"hierarchyDefinitionCode\": \"fleet\", " + members + "}";
    }

    private static String hierarchy(String members) {
        return "{\"code\": \"hostile-h\", \"roles\": [{\"code\": \"A\", \"childRoleCode\": \"B\", \"maxChild\": 5}, {\"code\": \"B\"}], " + members + "}";
    }

    static Stream<Arguments> elsewhere() {
        String bulk = "/v2/customers/bulk?source=INSTORE";
        String card = "{\"type\": \"cardnumber\", \"value\": \"card-hostile-1\", \"seriesCode\": \"S1\"";
        String mobile = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}";
        String fresh = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"98" + KNOWN.substring(2) + "\"}]}], ";
        return Stream.of(
                // bodies too big, arrays too long
                Arguments.of("body over 8 MiB", "PUT", bulk, JSON_TYPE, "[\"" + "a".repeat(9 << 20) + "\"]", 413, 413),
                Arguments.of("company body over 8 MiB", "POST", "/v2/companies", JSON_TYPE, company("\"name\": \"" + "n".repeat(9 << 20) + "\""), 413, 413),
                Arguments.of("100,000 items", "PUT", bulk, JSON_TYPE, repeated(mobile, 100_000), 400, 1060),
                Arguments.of("201 items", "PUT", bulk, JSON_TYPE, repeated(mobile, 201), 400, 1060),
                Arguments.of("100,000 childCustomers", "PUT", bulk, JSON_TYPE,
                        item("\"associationDetails\": {\"childCustomers\": " + repeated(mobile, 100_000) + "}"), 500, 1060),
                Arguments.of("100,000 identifiers", "PUT", bulk, JSON_TYPE,
                        item("profile:\"identifiers\": " + repeated("{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}", 100_000)), 500, 1060),
                Arguments.of("100,000 commChannels", "PUT", bulk, JSON_TYPE,
                        item("profile:\"commChannels\": " + repeated("{\"type\": \"email\", \"value\": \"a@b.io\"}", 100_000)), 500, 1060),
                Arguments.of("100,000 profiles", "PUT", bulk, JSON_TYPE,
                        "{\"profiles\": " + repeated("{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}", 100_000) + "}", 500, 1060),
                Arguments.of("100,000 enrollments", "PUT", bulk, JSON_TYPE,
                        item("\"loyaltyProgramEnrollments\": " + repeated("{\"programId\": 1}", 100_000)), 500, 1060),
                Arguments.of("100,000 roles", "POST", "/v2/fleetHierarchy", JSON_TYPE,
                        "{\"code\": \"many\", \"roles\": " + repeated("{\"code\": \"R\", \"maxChild\": 1}", 100_000) + "}", 400, 1602),
                // very long strings in every kind of field
                Arguments.of("long firstName", "PUT", bulk, JSON_TYPE, item("profile:\"firstName\": \"" + LONG + "\""), 200, 91015),
                Arguments.of("long lastName", "PUT", bulk, JSON_TYPE, item("profile:\"lastName\": \"" + LONG + "\""), 200, 91015),
                Arguments.of("long custom field", "PUT", bulk, JSON_TYPE, item("profile:\"fields\": {\"gender\": \"" + LONG + "\"}"), 500, 400),
                Arguments.of("long extended field", "PUT", bulk, JSON_TYPE, item("\"extendedFields\": {\"city\": \"" + LONG + "\"}"), 200, 91015),
                Arguments.of("long channel email", "PUT", bulk, JSON_TYPE,
                        item("profile:\"commChannels\": [{\"type\": \"email\", \"value\": \"" + LONG + "@example.com\"}]"), 500, 1060),
                Arguments.of("long identifier type", "PUT", bulk, JSON_TYPE,
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"" + LONG + "\", \"value\": \"1\"}]}]}", 500, 8013),
                Arguments.of("long card number", "PUT", bulk, JSON_TYPE,
                        item("profile:\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}, {\"type\": \"cardnumber\", \"value\": \"" + LONG + "\", \"seriesCode\": \"S1\"}]"), 500, 3024),
                Arguments.of("long series code", "PUT", bulk, JSON_TYPE,
                        item("profile:\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}, {\"type\": \"cardnumber\", \"value\": \"card-hostile-1\", \"seriesCode\": \"" + LONG + "\"}]"), 500, 3004),
                Arguments.of("long status label", "PUT", bulk, JSON_TYPE,
                        item("profile:\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}, " + card + ", \"statusLabel\": \"" + LONG + "\"}]"), 500, 3017),
                Arguments.of("long profile source", "PUT", bulk, JSON_TYPE, item("profile:\"source\": \"" + LONG + "\""), 500, 8003),
                Arguments.of("long profile account", "PUT", bulk, JSON_TYPE, item("profile:\"source\": \"WECHAT\", \"accountId\": \"" + LONG + "\""), 500, 8011),
                Arguments.of("long hierarchyCode", "PUT", bulk, JSON_TYPE,
                        item("\"associationDetails\": {\"hierarchyCode\": \"" + LONG + "\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"base-co\"}}"), 500, 1701),
                Arguments.of("long roleCode", "PUT", bulk, JSON_TYPE,
                        item("\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"" + LONG + "\", \"fleetCompany\": {\"externalId\": \"base-co\"}}"), 500, 1615),
                Arguments.of("long company externalId", "PUT", bulk, JSON_TYPE,
                        item("\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"" + LONG + "\"}}"), 500, 1704),
                Arguments.of("long childRoleCode", "PUT", bulk, JSON_TYPE,
                        item("\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"base-co\"}, \"childRoleCode\": \"" + LONG + "\", \"childCustomers\": [" + mobile + "]}"), 500, 1617),
                Arguments.of("long company name", "POST", "/v2/companies", JSON_TYPE, company("\"name\": \"" + LONG + "\""), 400, 400),
                Arguments.of("long company externalId on POST", "POST", "/v2/companies", JSON_TYPE,
                        "{\"externalId\": \"" + LONG + "\", \"name\": \"Co\", \"hierarchyDefinitionCode\": \"fleet\"}", 400, 400),
                Arguments.of("long company hierarchy", "POST", "/v2/companies", JSON_TYPE,
                        "{\"externalId\": \"hostile-co\", \"name\": \"Co\", \"hierarchyDefinitionCode\": \"" + LONG + "\"}", 400, 400),
                Arguments.of("long parent company", "POST", "/v2/companies", JSON_TYPE, company("\"parentCompany\": {\"externalId\": \"" + LONG + "\"}"), 400, 1703),
                Arguments.of("long company field", "POST", "/v2/companies", JSON_TYPE, company("\"extendedFields\": {\"region\": \"" + LONG + "\"}"), 400, 400),
                Arguments.of("long hierarchy code", "POST", "/v2/fleetHierarchy", JSON_TYPE,
                        "{\"code\": \"" + LONG + "\", \"roles\": [{\"code\": \"A\", \"childRoleCode\": \"B\", \"maxChild\": 5}, {\"code\": \"B\"}]}", 400, 400),
                Arguments.of("long hierarchy name", "POST", "/v2/fleetHierarchy", JSON_TYPE, hierarchy("\"name\": \"" + LONG + "\""), 400, 400),
                Arguments.of("long hierarchy description", "POST", "/v2/fleetHierarchy", JSON_TYPE, hierarchy("\"description\": \"" + LONG + "\""), 400, 400),
                Arguments.of("long role code", "POST", "/v2/fleetHierarchy", JSON_TYPE,
                        "{\"code\": \"hostile-h\", \"roles\": [{\"code\": \"" + LONG + "\", \"childRoleCode\": \"B\", \"maxChild\": 5}, {\"code\": \"B\"}]}", 400, 400),
                Arguments.of("long permission", "POST", "/v2/fleetHierarchy", JSON_TYPE,
                        "{\"code\": \"hostile-h\", \"roles\": [{\"code\": \"A\", \"childRoleCode\": \"B\", \"maxChild\": 5, \"permissions\": [{\"permissionCode\": \"" + LONG + "\", \"permissionValue\": \"v\"}]}, {\"code\": \"B\"}]}", 400, 400),
                // invalid dates and unknown enums where they occur
                Arguments.of("invalid points expiry of a new customer", "POST", bulk, JSON_TYPE,
                        fresh + "\"loyaltyProgramEnrollments\": [{\"programId\": 1, \"pointsExpiryDate\": \"not a date\"}]}", 500, 1216),
                Arguments.of("February 30th as expiry", "POST", bulk, JSON_TYPE,
                        fresh + "\"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierExpiryDate\": \"2031-02-30T10:00:00Z\"}]}", 500, 1216),
                Arguments.of("invalid DATE field", "PUT", bulk, JSON_TYPE, item("\"extendedFields\": {\"dob\": \"1990-13-01\"}"), 200, 91015),
                Arguments.of("empty DATE field", "PUT", bulk, JSON_TYPE, item("\"extendedFields\": {\"dob\": \"\"}"), 200, 91015),
                Arguments.of("fraction in an INTEGER field", "PUT", bulk, JSON_TYPE, item("\"extendedFields\": {\"fleet_size\": 2.5}"), 200, 91015),
                Arguments.of("unknown loyaltyType in loyaltyInfo", "PUT", bulk, JSON_TYPE, item("\"loyaltyInfo\": {\"loyaltyType\": \"gold\"}"), 400, 400),
                Arguments.of("unknown profile source", "PUT", bulk, JSON_TYPE, item("profile:\"source\": \"MYSPACE\""), 500, 8003),
                Arguments.of("unknown status label", "PUT", bulk, JSON_TYPE,
                        item("profile:\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}, " + card + ", \"statusLabel\": \"STOLEN\"}]"), 500, 3017),
                Arguments.of("boolean not true or false", "PUT", bulk, JSON_TYPE,
                        item("profile:\"commChannels\": [{\"type\": \"email\", \"value\": \"a@b.io\", \"primary\": \"yes\"}]"), 400, 400),
                Arguments.of("control character in a company code", "POST", "/v2/companies", JSON_TYPE,
                        "{\"externalId\": \"co\\u0007\", \"name\": \"Co\", \"hierarchyDefinitionCode\": \"fleet\"}", 400, 400),
                Arguments.of("DEL in a hierarchy code", "POST", "/v2/fleetHierarchy", JSON_TYPE,
                        "{\"code\": \"h\\u007f\", \"roles\": [{\"code\": \"A\", \"childRoleCode\": \"B\", \"maxChild\": 5}, {\"code\": \"B\"}]}", 400, 400),
                // wrong media type, missing body
                Arguments.of("text/plain body", "PUT", bulk, "text/plain", ITEM.formatted(""), 415, 415),
                Arguments.of("XML body", "POST", bulk, "application/xml", "<item/>", 415, 415),
                Arguments.of("form body", "POST", "/v2/companies", "application/x-www-form-urlencoded", "externalId=x", 415, 415),
                Arguments.of("multipart body", "POST", "/v2/fleetHierarchy", "multipart/form-data; boundary=b", "--b--", 415, 415),
                Arguments.of("body without a media type", "PUT", bulk, null, ITEM.formatted(""), 415, 415),
                Arguments.of("missing body on PUT", "PUT", bulk, JSON_TYPE, null, 400, 400),
                Arguments.of("missing body on POST", "POST", bulk, JSON_TYPE, null, 400, 400),
                Arguments.of("missing company body", "POST", "/v2/companies", JSON_TYPE, null, 400, 400),
                Arguments.of("missing hierarchy body", "POST", "/v2/fleetHierarchy", JSON_TYPE, null, 400, 400),
                Arguments.of("missing company update body", "PUT", "/v2/companies?externalId=base-co", JSON_TYPE, null, 400, 400),
                Arguments.of("whitespace body", "PUT", bulk, JSON_TYPE, "   ", 400, 400),
                Arguments.of("null body", "PUT", bulk, JSON_TYPE, "null", 400, 400),
                // query parameters of every GET
                Arguments.of("limit 0", "GET", FIND + "&limit=0", null, null, 400, 400),
                Arguments.of("limit 1001", "GET", FIND + "&limit=1001", null, null, 400, 400),
                Arguments.of("limit abc", "GET", FIND + "&limit=abc", null, null, 400, 400),
                Arguments.of("negative offset", "GET", FIND + "&offset=-1", null, null, 400, 400),
                Arguments.of("huge offset", "GET", FIND + "&offset=99999999999999999999", null, null, 400, 400),
                Arguments.of("unknown sortBy", "GET", FIND + "&sortBy=name", null, null, 400, 400),
                Arguments.of("bad includeNoOfChildren", "GET", FIND + "&includeNoOfChildren=maybe", null, null, 400, 400),
                Arguments.of("unknown entity type", "GET", FIND.replace("parentCustomer", "planet"), null, null, 400, 400),
                Arguments.of("unknown identifier type on a read", "GET", FIND + "&associationEntityIdentifierType=passport", null, null, 400, 8013),
                Arguments.of("unknown source on a read", "GET", FIND.replace("INSTORE", "MYSPACE"), null, null, 400, 8003),
                Arguments.of("missing account on a read", "GET", FIND.replace("INSTORE", "WECHAT"), null, null, 400, 8045),
                Arguments.of("unknown account on a read", "GET", FIND.replace("INSTORE", "WECHAT") + "&accountId=NOPE", null, null, 400, 8011),
                Arguments.of("control character in a read", "GET", FIND + "%00", null, null, 400, 400),
                Arguments.of("C1 control in a source", "GET", FIND.replace("INSTORE", "INSTORE%C2%85"), null, null, 400, 400),
                Arguments.of("invalid UTF-8 in a read", "GET", FIND + "%FF", null, null, 400, 400),
                Arguments.of("overlong identifier in a read", "GET", FIND + "9".repeat(5000), null, null, 404, 8015),
                Arguments.of("companies limit 0", "GET", "/v2/companies/all?limit=0", null, null, 400, 400),
                Arguments.of("companies limit 1001", "GET", "/v2/companies/all?limit=1001", null, null, 400, 400),
                Arguments.of("companies limit abc", "GET", "/v2/companies/all?limit=abc", null, null, 400, 400),
                Arguments.of("companies negative offset", "GET", "/v2/companies/all?offset=-1", null, null, 400, 400),
                Arguments.of("companies unknown status", "GET", "/v2/companies/all?status=DELETED", null, null, 400, 400),
                Arguments.of("companies unknown sortOrder", "GET", "/v2/companies/all?sortOrder=UP", null, null, 400, 400),
                Arguments.of("companies control character", "GET", "/v2/companies/all?sortBy=createdDate%1B", null, null, 400, 400),
                Arguments.of("company id abc", "GET", "/v2/companies?id=abc", null, null, 400, 400),
                Arguments.of("company overlong externalId", "GET", "/v2/companies?externalId=" + LONG, null, null, 400, 400),
                Arguments.of("company SQL-looking externalId", "GET", "/v2/companies?externalId=x%27%20or%20%271%27%3D%271", null, null, 404, 1704),
                Arguments.of("hierarchy id abc", "GET", "/v2/fleetHierarchy?id=abc", null, null, 400, 400),
                Arguments.of("hierarchy negative id", "GET", "/v2/fleetHierarchy?id=-3", null, null, 400, 400),
                Arguments.of("hierarchy unknown id", "GET", "/v2/fleetHierarchy?id=999999999", null, null, 404, 1609),
                Arguments.of("hierarchy overlong code", "GET", "/v2/fleetHierarchy?code=" + LONG, null, null, 400, 400),
                Arguments.of("hierarchy SQL-looking code", "GET", "/v2/fleetHierarchy?code=fleet%27%3B--", null, null, 404, 1701),
                Arguments.of("hierarchies with a control character", "GET", "/v2/fleetHierarchy/all?x=%01", null, null, 400, 400),
                Arguments.of("sources with invalid UTF-8", "GET", "/v2/meta/sources?x=%C3%28", null, null, 400, 400),
                Arguments.of("changes limit 0", "GET", "/v2/customers/1/changes?limit=0", null, null, 400, 400),
                Arguments.of("changes limit 101", "GET", "/v2/customers/1/changes?limit=101", null, null, 400, 400),
                Arguments.of("changes limit abc", "GET", "/v2/customers/1/changes?limit=abc", null, null, 400, 400),
                Arguments.of("changes negative offset", "GET", "/v2/customers/1/changes?offset=-1", null, null, 400, 400),
                Arguments.of("changes of customer abc", "GET", "/v2/customers/abc/changes", null, null, 404, 8015),
                Arguments.of("customer id -1", "GET", "/v2/customers/-1?source=INSTORE", null, null, 404, 8015),
                Arguments.of("customer id out of range", "GET", "/v2/customers/99999999999999999999?source=INSTORE", null, null, 404, 8015),
                Arguments.of("customer read with unknown source", "GET", "/v2/customers/1?source=MYSPACE", null, null, 400, 8003),
                Arguments.of("customer read with control character", "GET", "/v2/customers/1?source=INSTORE&accountId=%0A", null, null, 400, 400),
                Arguments.of("lookup without a name", "GET", "/v2/customers/lookup?source=INSTORE&identifierValue=1", null, null, 400, 8013),
                Arguments.of("lookup of an unknown type", "GET", "/v2/customers/lookup?source=INSTORE&identifierName=passport&identifierValue=1", null, null, 400, 8013),
                Arguments.of("lookup of an overlong value", "GET", "/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=" + LONG, null, null, 404, 8015),
                Arguments.of("lookup of a NUL", "GET", "/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=a%00", null, null, 400, 400),
                Arguments.of("lookup of invalid UTF-8", "GET", "/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=%E0%80%80", null, null, 400, 400),
                Arguments.of("lookup of a SQL-looking value", "GET", "/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=%27%20or%201%3D1--", null, null, 404, 8015),
                Arguments.of("write with a control character in accountId", "PUT", bulk + "&accountId=%7F", JSON_TYPE, ITEM.formatted(""), 400, 400),
                Arguments.of("write with invalid UTF-8 in dryRun", "PUT", bulk + "&dryRun=%FE", JSON_TYPE, ITEM.formatted(""), 400, 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elsewhere")
    void aHostileRequestAnywhereGetsItsDocumentedAnswerAndChangesNothing(String name, String method, String path, String contentType,
                                                                           String body, int status, int code) throws Exception {
        String before = fingerprint();

        HttpResponse<String> response = exchange(method, path, contentType, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(JSON_TYPE));
        JsonNode answer = JSON.readTree(response.body());
        JsonNode first = answer.isArray() ? answer.get(0) : answer;
        JsonNode problem = first.path("errors").isEmpty() ? first.at("/warnings/0") : first.at("/errors/0");
        assertThat(problem.path("code").asInt()).as(response.body()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "org.postgresql", "SELECT", "select ");
        if (status != 200) {
            assertThat(fingerprint()).isEqualTo(before);
        }
        assertThat(send("PUT", "/v2/customers/bulk?source=INSTORE", ITEM.formatted("").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> sqlLookingTexts() {
        String sql = "Robert'); DROP TABLE customer;--";
        String encoded = java.net.URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20");
        return Stream.of(
                Arguments.of("a first name", "PUT", "/v2/customers/bulk?source=INSTORE", item("profile:\"firstName\": \"" + sql.replace("\"", "\\\"") + "\""),
                        "/v2/customers/bulk?source=INSTORE&associationEntityType=parentChildCustomer&associationEntityIdentifierValue=" + KNOWN,
                        "/entity/customers/0/profiles/0/firstName", sql),
                Arguments.of("a company", "POST", "/v2/companies",
                        "{\"externalId\": \"" + sql + "\", \"name\": \"" + sql + "\", \"hierarchyDefinitionCode\": \"fleet\"}",
                        "/v2/companies?externalId=" + encoded, "/name", sql),
                Arguments.of("a hierarchy code", "POST", "/v2/fleetHierarchy",
                        "{\"code\": \"" + sql + "\", \"roles\": [{\"code\": \"x' or '1'='1\", \"childRoleCode\": \"B\", \"maxChild\": 5}, {\"code\": \"B\"}]}",
                        "/v2/fleetHierarchy?code=" + encoded, "/roles/0/code", "x' or '1'='1"),
                Arguments.of("an identifier", "POST", "/v2/customers/bulk?source=INSTORE",
                        "{\"profiles\": [{\"identifiers\": [{\"type\": \"externalId\", \"value\": \"" + sql + "\"}]}]}",
                        "/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=" + encoded, "/warnings", "[]"));
    }

    @ParameterizedTest(name = "SQL-looking text in {0} is stored verbatim")
    @MethodSource("sqlLookingTexts")
    void sqlLookingTextIsStoredVerbatim(String name, String method, String path, String body, String readBack, String pointer, String expected)
            throws Exception {
        HttpResponse<String> written = exchange(method, path, JSON_TYPE, body);
        HttpResponse<String> read = exchange("GET", readBack, null, null);

        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode value = JSON.readTree(read.body()).at(pointer);
        assertThat(value.isTextual() ? value.asText() : value.toString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aStreamedBodyFarOver8MiBIsCutOffAt8MiB() throws Exception {
        String before = fingerprint();
        long[] sent = {0};
        boolean[] ended = {false};
        java.util.concurrent.Flow.Publisher<java.nio.ByteBuffer> spaces = subscriber -> subscriber.onSubscribe(new java.util.concurrent.Flow.Subscription() {
            @Override
            public void request(long n) {
                for (long i = 0; i < n && !ended[0] && sent[0] < (256L << 20); i++) {
                    sent[0] += 1 << 16;
                    subscriber.onNext(java.nio.ByteBuffer.wrap(" ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII)));
                }
                if (!ended[0] && sent[0] >= (256L << 20)) {
                    ended[0] = true;
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                ended[0] = true;
            }
        });

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", basic(TILL, "pw")).header("Content-Type", JSON_TYPE)
                .PUT(HttpRequest.BodyPublishers.fromPublisher(spaces)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).at("/errors/0/code").asInt()).isEqualTo(413);
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Sends bytes as they are, for requests an HTTP client refuses to make, and answers the status line and the body. */
    private static String[] raw(byte[] request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.uri("/").getPort())) {
            socket.getOutputStream().write(request);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new String[]{answer.substring(0, answer.indexOf("\r\n")), answer.substring(answer.indexOf("\r\n\r\n") + 4)};
        }
    }

    static Stream<Arguments> rawRequests() {
        String auth = basic(TILL, "pw");
        return Stream.of(
                Arguments.of("invalid UTF-8 in the Authorization header", "GET /v2/meta/sources HTTP/1.0\r\nAuthorization: Basic \u00ff\u00fe\r\n", 401, 401),
                Arguments.of("credentials that are not UTF-8", "GET /v2/meta/sources HTTP/1.0\r\nAuthorization: Basic "
                        + java.util.Base64.getEncoder().encodeToString(new byte[]{(byte) 0xC3, 0x28, ':', (byte) 0xFF}) + "\r\n", 401, 401),
                Arguments.of("invalid UTF-8 in a header", "GET /v2/meta/sources HTTP/1.0\r\nAuthorization: " + auth + "\r\nX-Name: \u00ff\u00c3\u0028\r\n", 200, 0),
                Arguments.of("a NUL in the request line", "GET /v2/meta/sources?x=\u0000 HTTP/1.0\r\nAuthorization: " + auth + "\r\n", 400, 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRequests")
    void aRawRequestGetsAnEnvelope(String name, String head, int status, int code) throws Exception {
        byte[] request = (head + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

        String[] answer = raw(request);

        assertThat(answer[0]).matches("HTTP/1\\.[01] " + status + "( .*)?");
        JsonNode body = JSON.readTree(answer[1]);
        assertThat(code == 0 ? body.path("errors").isArray() : body.at("/errors/0/code").asInt() == code).as(answer[1]).isTrue();
    }
}

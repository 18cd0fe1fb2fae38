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
                programs: [{id: 1, name: Rewards, tiers: [{number: 1, name: Bronze}]}]
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

    /** An item for the customer of {@code mobile} with {@code members} added to it, or to its profile when they start with "profile:". */
    private static String item(String mobile, String members) {
        return members.startsWith("profile:")
                ? "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}], " + members.substring(8) + "}]}"
                : "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}], " + members + "}";
    }

    private static JsonNode customer(long id) throws Exception {
        return JSON.readTree(server.get("/v2/customers/" + id + "?source=INSTORE", basic(TILL, "pw")).body());
    }

    private static long idOf(String mobile) throws Exception {
        return json(send("POST", "?source=INSTORE", register(mobile))).at("/0/entity/id").asLong();
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
    void aDryRunShowsNoIdForACompanyItWouldCreate() throws Exception {
        String company = "dry-co-" + aMobile();
        String item = "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"%s\"}]}], \"associationDetails\": {"
                + "\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"" + company + "\", "
                + "\"name\": \"Dry Co\", \"hierarchyDefinitionCode\": \"fleet\"}}}";

        JsonNode dry = json(send("POST", "?source=INSTORE&dryRun=true", "[" + item.formatted(aMobile()) + "," + item.formatted(aMobile()) + "]"));

        for (int i = 0; i < 2; i++) {
            assertThat(dry.at("/" + i + "/entity/associationDetails/fleetCompany/externalId").asText()).isEqualTo(company);
            assertThat(dry.at("/" + i + "/entity/associationDetails/fleetCompany/companyId").isNull()).as(dry.toString()).isTrue();
        }
        assertThat(json(send("POST", "?source=INSTORE", "[" + item.formatted(aMobile()) + "]"))
                .at("/0/entity/associationDetails/fleetCompany/companyId").asLong()).isPositive();
    }

    @Test
    void aDryRunThatIsRefusedAsAWholeSaysItWasADryRunToo() throws Exception {
        HttpResponse<String> badSource = send("POST", "?source=NOPE&dryRun=true", register(aMobile()));
        HttpResponse<String> emptyBatch = send("PUT", "?source=INSTORE&dryRun=true", "[]");

        assertThat(badSource.statusCode()).isEqualTo(400);
        assertThat(badSource.headers().firstValue("X-Dry-Run")).contains("true");
        assertThat(emptyBatch.statusCode()).isEqualTo(400);
        assertThat(emptyBatch.headers().firstValue("X-Dry-Run")).contains("true");
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

    @Test
    void negativeLoyaltyPointsAreThatItemsError400AndTheOtherItemsApply() throws Exception {
        String first = aMobile();
        String middle = aMobile();
        String last = aMobile();
        long middleId = idOf(middle);
        idOf(first);
        idOf(last);

        HttpResponse<String> response = send("PUT", "?source=INSTORE", "[" + item(first, "\"extendedFields\": {\"city\": \"Pune\"}") + ","
                + item(middle, "\"extendedFields\": {\"city\": \"Goa\"}, \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"loyaltyPoints\": -5}]")
                + "," + item(last, "\"extendedFields\": {\"city\": \"Agra\"}") + "]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).at("/1/errors/0/code").asInt()).isEqualTo(400);
        assertThat(json(response).at("/1/errors/0/message").asText()).contains("loyaltyPoints");
        assertThat(json(response).at("/0/extendedFields/city").asText()).isEqualTo("Pune");
        assertThat(json(response).at("/2/extendedFields/city").asText()).isEqualTo("Agra");
        assertThat(customer(middleId).at("/extendedFields/city").isMissingNode()).isTrue();
        assertThat(customer(middleId).at("/loyaltyProgramEnrollments").size()).isZero();
    }

    @Test
    void anEnrollmentAlreadyHeldIsSkippedWith91006BeforeItsDatesAndPointsAreJudged() throws Exception {
        String mobile = aMobile();
        long id = idOf(mobile);

        HttpResponse<String> emptyDate = send("PUT", "?source=INSTORE",
                item(mobile, "\"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierExpiryDate\": \"\"}]"));
        assertThat(emptyDate.statusCode()).as(emptyDate.body()).isEqualTo(500);
        assertThat(json(emptyDate).at("/0/errors/0/code").asInt()).isEqualTo(1216);
        assertThat(send("PUT", "?source=INSTORE", item(mobile, "\"loyaltyProgramEnrollments\": [{\"programId\": 1, \"loyaltyPoints\": 7}]"))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> held = send("PUT", "?source=INSTORE", item(mobile, "\"loyaltyProgramEnrollments\": ["
                + "{\"programId\": 1, \"tierExpiryDate\": \"\"}, {\"programId\": 1, \"pointsExpiryDate\": \"soon\", \"loyaltyPoints\": -5}]"));

        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(json(held).at("/0/warnings").findValuesAsText("code")).containsExactly("91006", "91006");
        assertThat(customer(id).at("/loyaltyProgramEnrollments/0/loyaltyPoints").asInt()).isEqualTo(7);
    }

    @Test
    void aNameOfAnyLengthIsCutTo100CodePointsWithWarning91015() throws Exception {
        String mobile = aMobile();
        long id = idOf(mobile);
        String astral = "a" + "\uD83D\uDE00".repeat(4999);
        String nearlyTheBodyLimit = "\u00E9".repeat(3_900_000);

        HttpResponse<String> response = send("PUT", "?source=INSTORE",
                item(mobile, "profile:\"firstName\": \"" + astral + "\", \"lastName\": \"" + nearlyTheBodyLimit + "\""));

        assertThat(response.statusCode()).as(response.body().substring(0, Math.min(300, response.body().length()))).isEqualTo(200);
        assertThat(json(response).at("/0/warnings").findValuesAsText("code")).containsExactly("91015", "91015");
        JsonNode profile = customer(id).at("/profiles/0");
        assertThat(profile.get("firstName").asText()).isEqualTo("a" + "\uD83D\uDE00".repeat(99));
        assertThat(profile.get("lastName").asText()).isEqualTo("\u00E9".repeat(100));
    }

    @Test
    void namesOfTheParentAndChildrenAPostRegistersAreCutTo100CodePointsToo() throws Exception {
        String owner = aMobile();
        idOf(owner);
        String parent = aMobile();
        String child = aMobile();
        String name = "\uD83D\uDE9A".repeat(2000);

        HttpResponse<String> response = send("POST", "?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + aMobile() + "\"}]}], \"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"fleetCompany\": {\"externalId\": \"fleet-co\"}, \"parentCustomer\": {\"profiles\": [{\"firstName\": \"" + name + "\","
                + " \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + parent + "\"}]}]}}}");
        HttpResponse<String> withChild = send("POST", "?source=INSTORE", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + owner + "\"}]}], \"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\","
                + " \"fleetCompany\": {\"externalId\": \"fleet-co\"}, \"childCustomers\": [{\"profiles\": [{\"lastName\": \"" + name + "\","
                + " \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + child + "\"}]}]}]}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).at("/0/warnings/0/code").asInt()).isEqualTo(91015);
        long parentId = json(response).at("/0/entity/associationDetails/parentCustomer/id").asLong();
        assertThat(customer(parentId).at("/profiles/0/firstName").asText()).isEqualTo("\uD83D\uDE9A".repeat(100));
        assertThat(withChild.statusCode()).as(withChild.body()).isEqualTo(200);
        assertThat(json(withChild).at("/0/warnings/0/code").asInt()).isEqualTo(91015);
        assertThat(json(withChild).at("/0/childEntities/0/profiles/0/lastName").asText()).isEqualTo("\uD83D\uDE9A".repeat(100));
    }

    @Test
    void anEmptyOrMalformedDateOutsideAnEnrollmentIsTheRequests400AndChangesNothing() throws Exception {
        String mobile = aMobile();
        long id = idOf(mobile);
        String date = "2016-06-23T19:11:18+08:00";
        String dated = "\"createDate\": \"%s\", \"profiles\": [{\"createDate\": \"%s\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \""
                + mobile + "\", \"lastViewedDate\": \"%s\"}], \"commChannels\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\","
                + " \"meta\": {\"lastViewedDate\": \"%s\"}}]}], \"extendedFields\": {\"city\": \"Pune\"}";

        for (String bad : new String[]{"", " ", "yesterday", "2016-02-30T10:00:00Z", "12"}) {
            for (int at = 0; at < 4; at++) {
                Object[] dates = {date, date, date, date};
                dates[at] = bad;
                HttpResponse<String> refused = send("PUT", "?source=INSTORE", "{" + dated.formatted(dates) + "}");
                assertThat(refused.statusCode()).as(bad + " at " + at + ": " + refused.body()).isEqualTo(400);
                assertThat(json(refused).at("/errors/0/code").asInt()).isEqualTo(400);
                assertThat(json(refused).at("/errors/0/message").asText()).contains(at == 0 || at == 1 ? "createDate" : "lastViewedDate");
            }
        }
        assertThat(customer(id).at("/extendedFields/city").isMissingNode()).isTrue();
        HttpResponse<String> accepted = send("PUT", "?source=INSTORE", "{" + dated.formatted(date, "2016-06-23T19:11:18Z", "2016-06-23T19:11:18",
                "2016-06-23") + "}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(customer(id).at("/extendedFields/city").asText()).isEqualTo("Pune");
    }
}

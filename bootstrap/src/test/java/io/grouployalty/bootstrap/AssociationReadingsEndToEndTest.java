package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** The readings of the association rules (API.md §3.1–§3.4, README "How an item is read") as a vendor client meets them. */
class AssociationReadingsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "readings." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(940_000_000_000L);

    private static TestServer server;

    @BeforeAll
    static void anOrgWithFleets() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Readings}
                tills: [{code: %s, password: pw}]
                hierarchies:
                  - {code: fleet, roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 10}, {code: DRIVER}]}
                  - {code: closing, roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 10}, {code: DRIVER}]}
                  - {code: shrinking, roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 3}, {code: DRIVER}]}
                companies:
                  - {externalId: fleet-co, name: Fleet Co, hierarchyDefinitionCode: fleet}
                  - {externalId: shut-co, name: Shut Co, hierarchyDefinitionCode: fleet}
                  - {externalId: closing-co, name: Closing Co, hierarchyDefinitionCode: closing}
                  - {externalId: shrinking-co, name: Shrinking Co, hierarchyDefinitionCode: shrinking}
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"));
        return server.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> bulk(String method, String body) {
        return send(method, "/v2/customers/bulk?source=INSTORE", body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String ref(String mobile) {
        return "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}]}";
    }

    /** An item for the customer of {@code mobile} with {@code associationDetails} as given, and a first name. */
    private static String item(String mobile, String associationDetails) {
        return "{\"profiles\": [{\"firstName\": \"F" + mobile + "\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile
                + "\"}]}], \"associationDetails\": {" + associationDetails + "}}";
    }

    /** The association members a vendor client sends on every update: hierarchy, role, company, and the parent when there is one. */
    private static String full(String hierarchy, String role, String company, String parentMobile) {
        return "\"hierarchyCode\": \"" + hierarchy + "\", \"roleCode\": \"" + role + "\", \"fleetCompany\": {\"externalId\": \"" + company
                + "\"}" + (parentMobile == null ? "" : ", \"parentCustomer\": " + ref(parentMobile));
    }

    private static String children(String... mobiles) {
        return "\"childCustomers\": [" + Arrays.stream(mobiles).map(AssociationReadingsEndToEndTest::ref).collect(Collectors.joining(", ")) + "]";
    }

    private static void register(String mobile) {
        succeeds(bulk("POST", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}]}"));
    }

    private static void succeeds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void failsWith(int code, HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(json(response).at("/0/errors/0/code").asInt()).as(response.body()).isEqualTo(code);
    }

    private static HttpResponse<String> lookup(String mobile) {
        return send("GET", "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=" + mobile, null);
    }

    private static JsonNode association(String mobile) throws Exception {
        long id = json(lookup(mobile)).get("entity").asLong();
        return json(send("GET", "/v2/customers/" + id + "?source=INSTORE", null)).at("/associationDetails");
    }

    @Test
    void aDeactivatedHierarchyKeepsItsMembersAndTheirLinksButTakesNoNewLink1610() throws Exception {
        String owner = aMobile();
        String otherOwner = aMobile();
        String driver = aMobile();
        String loner = aMobile();
        succeeds(bulk("POST", item(owner, full("closing", "OWNER", "closing-co", null))));
        succeeds(bulk("POST", item(otherOwner, full("closing", "OWNER", "closing-co", null))));
        succeeds(bulk("POST", item(driver, full("closing", "DRIVER", "closing-co", owner))));
        register(loner);
        long hierarchy = json(send("GET", "/v2/fleetHierarchy?code=closing", null)).get("id").asLong();
        succeeds(send("DELETE", "/v2/fleetHierarchy/" + hierarchy, null));

        succeeds(bulk("PUT", item(driver, full("closing", "DRIVER", "closing-co", owner))));
        succeeds(bulk("PUT", item(owner, full("closing", "OWNER", "closing-co", null) + ", " + children(driver))));
        failsWith(1610, bulk("PUT", item(owner, children(loner))));
        failsWith(1610, bulk("PUT", item(driver, "\"parentCustomer\": " + ref(otherOwner))));
        failsWith(1610, bulk("POST", item(aMobile(), full("closing", "DRIVER", "closing-co", owner))));

        assertThat(association(loner).path("roleCode").isMissingNode()).isTrue();
        assertThat(association(owner).get("noOfChildren").asInt()).isEqualTo(1);
        assertThat(association(driver).at("/parentCustomer/id").asLong()).isEqualTo(json(lookup(owner)).get("entity").asLong());
    }

    @Test
    void aDeactivatedCompanyKeepsItsMembersAndTheirLinksButTakesNoNewLink1705() throws Exception {
        String owner = aMobile();
        String driver = aMobile();
        String loner = aMobile();
        succeeds(bulk("POST", item(owner, full("fleet", "OWNER", "shut-co", null))));
        succeeds(bulk("POST", item(driver, full("fleet", "DRIVER", "shut-co", owner))));
        register(loner);
        succeeds(send("DELETE", "/v2/companies?externalId=shut-co", null));

        HttpResponse<String> again = bulk("PUT", item(driver, full("fleet", "DRIVER", "shut-co", owner)));
        succeeds(again);
        assertThat(json(again).at("/0/profiles/0/firstName").asText()).isEqualTo("F" + driver);
        failsWith(1705, bulk("PUT", item(owner, children(loner))));
        failsWith(1705, bulk("POST", item(owner, children(aMobile()))));
        failsWith(1705, bulk("POST", item(aMobile(), full("fleet", "DRIVER", "shut-co", owner))));

        assertThat(association(loner).path("roleCode").isMissingNode()).isTrue();
        assertThat(association(owner).get("noOfChildren").asInt()).isEqualTo(1);
    }

    @Test
    void anUnassociatedCustomerNamingARoleOrACompanyWithoutAHierarchyGets1701() throws Exception {
        String mobile = aMobile();
        register(mobile);

        HttpResponse<String> nested = bulk("PUT", item(mobile, "\"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"fleet-co\"}"));
        HttpResponse<String> topLevel = bulk("PUT", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile
                + "\"}]}], \"roleCode\": \"OWNER\"}");
        HttpResponse<String> registering = bulk("POST", item(aMobile(), "\"fleetCompany\": {\"externalId\": \"fleet-co\"}"));

        failsWith(1701, nested);
        assertThat(json(nested).at("/0/errors/0/message").asText()).contains("none given");
        failsWith(1701, topLevel);
        failsWith(1701, registering);
        assertThat(association(mobile).path("roleCode").isMissingNode()).isTrue();
    }

    @Test
    void aPostNamingItsOwnNewCustomerAsParentOrChildGets1608AndRegistersNobody() throws Exception {
        String self = aMobile();
        String owner = aMobile();
        String child = aMobile();

        failsWith(1608, bulk("POST", item(self, full("fleet", "DRIVER", "fleet-co", self))));
        failsWith(1608, bulk("POST", item(owner, full("fleet", "OWNER", "fleet-co", null) + ", " + children(child, owner))));

        assertThat(lookup(self).statusCode()).isEqualTo(404);
        assertThat(lookup(owner).statusCode()).isEqualTo(404);
        assertThat(lookup(child).statusCode()).isEqualTo(404);
    }

    @Test
    void aNewChildNamedTwiceInOnePostIsRegisteredOnceAndCountedOnce() throws Exception {
        String owner = aMobile();
        String child = aMobile();

        HttpResponse<String> posted = bulk("POST", item(owner, full("fleet", "OWNER", "fleet-co", null) + ", " + children(child, child)));

        succeeds(posted);
        assertThat(json(posted).at("/0/childCount").asInt()).isEqualTo(1);
        assertThat(json(posted).at("/0/childEntities").size()).isEqualTo(1);
        assertThat(association(owner).get("noOfChildren").asInt()).isEqualTo(1);
        assertThat(lookup(child).statusCode()).isEqualTo(200);
    }

    @Test
    void childrenAParentHasAlreadyMayBeSentAgainAfterItsMaxChildWasLoweredBelowTheirNumber() throws Exception {
        String owner = aMobile();
        String first = aMobile();
        String newcomer = aMobile();
        succeeds(bulk("POST", item(owner, full("shrinking", "OWNER", "shrinking-co", null) + ", " + children(first, aMobile(), aMobile()))));
        register(newcomer);
        long hierarchy = json(send("GET", "/v2/fleetHierarchy?code=shrinking", null)).get("id").asLong();
        succeeds(send("PUT", "/v2/fleetHierarchy/" + hierarchy,
                "{\"roles\": [{\"code\": \"OWNER\", \"childRoleCode\": \"DRIVER\", \"maxChild\": 2}, {\"code\": \"DRIVER\"}]}"));

        succeeds(bulk("PUT", item(owner, full("shrinking", "OWNER", "shrinking-co", null) + ", " + children(first))));
        failsWith(1618, bulk("PUT", item(owner, children(first, newcomer))));

        assertThat(association(owner).get("noOfChildren").asInt()).isEqualTo(3);
    }
}

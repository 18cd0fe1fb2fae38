package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v2/fleetHierarchy} and {@code /v2/companies} through HTTP on a real database (API.md §3.1, §3.2). */
class ReferenceEndpointsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "refs." + ORG;
    private static final String OTHER_TILL = "refs.other." + ORG;
    private static final String FLEET = """
            {"code": "code-association2", "name": "Fleet", "description": "Owners and drivers", "skipRoleAllowed": "false",
             "roles": [{"code": "GFA", "childRoleCode": "SFA", "maxChild": 5000},
                       {"code": "SFA", "childRoleCode": "FA", "maxChild": 5000},
                       {"code": "FA", "childRoleCode": "FC", "maxChild": 5000, "pointsAggregationRole": true},
                       {"code": "FC"}],
             "default": true, "unknownMember": "ignored"}""";

    private static TestServer server;

    @BeforeAll
    static void twoOrgs() {
        server = TestServer.shared();
        assertThat(server.orgApply("org: {id: %d, name: Refs, timeZone: \"+05:30\"}\ntills: [{code: %s, password: pw}]\n"
                .formatted(ORG, TILL)).succeeded()).isTrue();
        assertThat(server.orgApply("org: {id: %d, name: Other}\ntills: [{code: %s, password: pw}]\n"
                .formatted(ORG + 1, OTHER_TILL)).succeeded()).isTrue();
    }

    private static HttpResponse<String> send(String method, String path, String body, String till) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(till, "pw"));
        return server.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static int errorCode(HttpResponse<String> response) throws Exception {
        return json(response).at("/errors/0/code").asInt();
    }

    private static long defineFleet() throws Exception {
        HttpResponse<String> created = send("POST", "/v2/fleetHierarchy", FLEET, TILL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return json(created).get("entity").asLong();
    }

    @Test
    void definesReadsUpdatesAndDeactivatesAHierarchy() throws Exception {
        long id = defineFleet();

        JsonNode byCode = json(send("GET", "/v2/fleetHierarchy?code=code-association2", null, TILL));
        assertThat(byCode.get("id").asLong()).isEqualTo(id);
        assertThat(byCode.get("roles").findValuesAsText("code")).containsExactly("GFA", "SFA", "FA", "FC");
        assertThat(byCode.at("/roles/2/pointsAggregationRole").asBoolean()).isTrue();
        assertThat(byCode.at("/roles/3/childRoleCode").isNull()).isTrue();
        assertThat(byCode.get("default").asBoolean()).isTrue();
        assertThat(byCode.get("createdOn").asText()).endsWith("+05:30");
        assertThat(byCode.fieldNames()).toIterable().containsExactly("id", "code", "name", "description", "roles", "active",
                "skipRoleAllowed", "hierarchyCreationStrict", "autoGroupCreationEnabled", "default", "createdOn", "warnings");
        assertThat(json(send("GET", "/v2/fleetHierarchy?id=" + id, null, TILL))).isEqualTo(byCode);

        HttpResponse<String> renamed = send("PUT", "/v2/fleetHierarchy/" + id, "{\"name\": \"Trucks\"}", TILL);
        assertThat(json(renamed).get("entity").asLong()).isEqualTo(id);
        JsonNode all = json(send("GET", "/v2/fleetHierarchy/all", null, TILL)).get("data");
        assertThat(java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(hierarchy -> hierarchy.get("id").asLong() == id).findFirst().orElseThrow().get("name").asText()).isEqualTo("Trucks");

        HttpResponse<String> removed = send("DELETE", "/v2/fleetHierarchy/" + id, null, TILL);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/v2/fleetHierarchy?id=" + id, null, TILL)).get("active").asBoolean()).isFalse();
    }

    @Test
    void reportsHierarchyRulesWithTheirCodes() throws Exception {
        send("POST", "/v2/fleetHierarchy", FLEET.replace("code-association2", "rules"), TILL);
        long id = json(send("GET", "/v2/fleetHierarchy?code=rules", null, TILL)).get("id").asLong();

        assertThat(errorCode(send("POST", "/v2/fleetHierarchy", FLEET.replace("code-association2", "rules"), TILL))).isEqualTo(1600);
        assertThat(errorCode(send("POST", "/v2/fleetHierarchy", "{\"code\": \"one\", \"roles\": [{\"code\": \"A\"}]}", TILL))).isEqualTo(1601);
        assertThat(errorCode(send("PUT", "/v2/fleetHierarchy/" + id, "{\"code\": \"renamed\"}", TILL))).isEqualTo(1711);
        HttpResponse<String> unknownId = send("PUT", "/v2/fleetHierarchy/999999999", "{\"name\": \"x\"}", TILL);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertThat(errorCode(unknownId)).isEqualTo(1609);
        HttpResponse<String> unknownCode = send("GET", "/v2/fleetHierarchy?code=nope", null, TILL);
        assertThat(unknownCode.statusCode()).isEqualTo(404);
        assertThat(errorCode(unknownCode)).isEqualTo(1701);
    }

    @Test
    void listsEveryShapeProblemOfARequestInOne400() throws Exception {
        HttpResponse<String> response = send("POST", "/v2/fleetHierarchy",
                "{\"code\": \"shape\", \"default\": \"yes\", \"roles\": [{\"code\": \"A\", \"maxChild\": 2.5}, {\"code\": 7}]}", TILL);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Invalid input: default must be true or false", "Invalid input: roles[0].maxChild must be a whole number in range");
    }

    @Test
    void registersReadsUpdatesAndDeactivatesCompanies() throws Exception {
        send("POST", "/v2/fleetHierarchy", FLEET.replace("code-association2", "companies"), TILL);
        HttpResponse<String> parent = send("POST", "/v2/companies",
                "{\"externalId\": \"parent-co\", \"name\": \"Parent\", \"hierarchyDefinitionCode\": \"companies\", \"extendedFields\": {\"region\": \"west\"}}", TILL);
        assertThat(parent.statusCode()).as(parent.body()).isEqualTo(200);
        send("POST", "/v2/companies", "{\"externalId\": \"child-co\", \"name\": \"Child\", \"hierarchyDefinitionCode\": \"companies\","
                + " \"parentCompany\": {\"externalId\": \"parent-co\"}}", TILL);

        JsonNode child = json(send("GET", "/v2/companies?externalId=child-co", null, TILL));
        assertThat(child.fieldNames()).toIterable().containsExactly("companyId", "externalId", "name", "hierarchyDefinitionCode",
                "parentCompany", "isActive", "extendedFields", "warnings");
        assertThat(child.at("/parentCompany/externalId").asText()).isEqualTo("parent-co");
        assertThat(child.at("/parentCompany/companyId").asLong()).isEqualTo(json(parent).get("entity").asLong());
        assertThat(json(send("GET", "/v2/companies?externalId=parent-co", null, TILL)).at("/extendedFields/region").asText()).isEqualTo("west");

        send("PUT", "/v2/companies?externalId=child-co", "{\"name\": \"Child Co\", \"extendedFields\": {\"size\": 9}}", TILL);
        assertThat(json(send("GET", "/v2/companies?id=" + child.get("companyId").asLong(), null, TILL)).get("name").asText()).isEqualTo("Child Co");

        assertThat(send("DELETE", "/v2/companies?externalId=parent-co", null, TILL).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/v2/companies?externalId=child-co", null, TILL)).get("isActive").asBoolean()).isFalse();

        JsonNode page = json(send("GET", "/v2/companies/all?limit=1&status=INACTIVE", null, TILL));
        assertThat(page.at("/pagination/total").asInt()).isEqualTo(2);
        assertThat(page.at("/pagination/sortOrder").asText()).isEqualTo("DESC");
        assertThat(page.get("data").size()).isEqualTo(1);
    }

    @Test
    void reportsCompanyRulesWithTheirCodes() throws Exception {
        send("POST", "/v2/fleetHierarchy", FLEET.replace("code-association2", "company-rules"), TILL);
        send("POST", "/v2/companies", "{\"externalId\": \"taken\", \"name\": \"T\", \"hierarchyDefinitionCode\": \"company-rules\"}", TILL);

        assertThat(errorCode(send("POST", "/v2/companies", "{\"name\": \"T\", \"hierarchyDefinitionCode\": \"company-rules\"}", TILL))).isEqualTo(1707);
        assertThat(errorCode(send("POST", "/v2/companies", "{\"externalId\": \"x\", \"name\": \"T\", \"hierarchyDefinitionCode\": \"nope\"}", TILL))).isEqualTo(1701);
        assertThat(errorCode(send("POST", "/v2/companies", "{\"externalId\": \"taken\", \"name\": \"T\", \"hierarchyDefinitionCode\": \"company-rules\"}", TILL))).isEqualTo(1702);
        assertThat(errorCode(send("POST", "/v2/companies", "{\"externalId\": \"self\", \"name\": \"T\", \"hierarchyDefinitionCode\": \"company-rules\","
                + " \"parentCompany\": {\"externalId\": \"self\"}}", TILL))).isEqualTo(1709);
        assertThat(errorCode(send("PUT", "/v2/companies?externalId=taken", "{\"hierarchyDefinitionCode\": \"companies\"}", TILL))).isEqualTo(1711);
        HttpResponse<String> unknown = send("PUT", "/v2/companies?externalId=nobody", "{\"name\": \"x\"}", TILL);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(errorCode(unknown)).isEqualTo(1704);
    }

    @Test
    void anotherOrgsHierarchiesAndCompaniesLookMissing() throws Exception {
        send("POST", "/v2/fleetHierarchy", FLEET.replace("code-association2", "private"), TILL);
        long hierarchy = json(send("GET", "/v2/fleetHierarchy?code=private", null, TILL)).get("id").asLong();
        send("POST", "/v2/companies", "{\"externalId\": \"private-co\", \"name\": \"P\", \"hierarchyDefinitionCode\": \"private\"}", TILL);
        long company = json(send("GET", "/v2/companies?externalId=private-co", null, TILL)).get("companyId").asLong();

        HttpResponse<String> theirHierarchy = send("GET", "/v2/fleetHierarchy?id=" + hierarchy, null, OTHER_TILL);
        HttpResponse<String> missingHierarchy = send("GET", "/v2/fleetHierarchy?id=999999999", null, OTHER_TILL);
        HttpResponse<String> theirCompany = send("GET", "/v2/companies?id=" + company, null, OTHER_TILL);
        HttpResponse<String> missingCompany = send("GET", "/v2/companies?id=999999999", null, OTHER_TILL);

        assertThat(theirHierarchy.statusCode()).isEqualTo(missingHierarchy.statusCode()).isEqualTo(404);
        assertThat(errorCode(theirHierarchy)).isEqualTo(errorCode(missingHierarchy)).isEqualTo(1609);
        assertThat(theirCompany.statusCode()).isEqualTo(missingCompany.statusCode()).isEqualTo(404);
        assertThat(errorCode(theirCompany)).isEqualTo(1704);
        assertThat(send("DELETE", "/v2/fleetHierarchy/" + hierarchy, null, OTHER_TILL).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/v2/fleetHierarchy/" + hierarchy, "{\"name\": \"theirs\"}", OTHER_TILL).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/v2/companies?id=" + company, "{\"name\": \"theirs\"}", OTHER_TILL).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/v2/companies?externalId=private-co", null, OTHER_TILL).statusCode()).isEqualTo(404);
        assertThat(errorCode(send("GET", "/v2/fleetHierarchy?code=private", null, OTHER_TILL))).isEqualTo(1701);
        assertThat(json(send("GET", "/v2/companies?externalId=private-co", null, TILL)).get("isActive").asBoolean()).isTrue();
        assertThat(json(send("GET", "/v2/fleetHierarchy/all", null, OTHER_TILL)).get("data").findValuesAsText("code")).doesNotContain("private");
        assertThat(json(send("GET", "/v2/companies/all", null, OTHER_TILL)).at("/pagination/total").asInt()).isZero();
        assertThat(json(send("GET", "/v2/fleetHierarchy?id=" + hierarchy, null, TILL)).get("active").asBoolean()).isTrue();
    }
}

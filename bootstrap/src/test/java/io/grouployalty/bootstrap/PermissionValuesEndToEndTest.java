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

/** A role's permission values come back as the JSON values they were given (API.md §3.1, REFERENCE.md's hierarchy example). */
class PermissionValuesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "permissions." + ORG;

    private static TestServer server;

    @BeforeAll
    static void anOrg() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Permissions}
                tills: [{code: %s, password: pw}]
                hierarchies:
                  - code: from-file
                    roles:
                      - {code: A, childRoleCode: B, maxChild: 5, permissions: [{permissionCode: redeem, permissionValue: true}]}
                      - {code: B, permissions: [{permissionCode: label, permissionValue: "true"}]}
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"));
        return server.send(body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void booleansNumbersAndStringsKeepTheirJsonType() throws Exception {
        HttpResponse<String> created = send("POST", "/v2/fleetHierarchy", """
                {"code": "typed", "roles": [
                  {"code": "A", "childRoleCode": "B", "maxChild": 5, "permissions": [
                    {"permissionCode": "block_points_redemption", "permissionValue": true},
                    {"permissionCode": "limit", "permissionValue": 250},
                    {"permissionCode": "label", "permissionValue": "true"}]},
                  {"code": "B"}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        JsonNode permissions = JSON.readTree(send("GET", "/v2/fleetHierarchy?code=typed", null).body()).at("/roles/0/permissions");

        assertThat(permissions.at("/0/permissionValue").isBoolean()).as(permissions.toString()).isTrue();
        assertThat(permissions.at("/1/permissionValue").isIntegralNumber()).as(permissions.toString()).isTrue();
        assertThat(permissions.at("/1/permissionValue").asInt()).isEqualTo(250);
        assertThat(permissions.at("/2/permissionValue").isTextual()).as(permissions.toString()).isTrue();
        assertThat(permissions.at("/2/permissionValue").asText()).isEqualTo("true");
    }

    @Test
    void anOrgFileKeepsTheTypesToo() throws Exception {
        JsonNode roles = JSON.readTree(send("GET", "/v2/fleetHierarchy?code=from-file", null).body()).at("/roles");

        assertThat(roles.at("/0/permissions/0/permissionValue").isBoolean()).as(roles.toString()).isTrue();
        assertThat(roles.at("/1/permissions/0/permissionValue").isTextual()).as(roles.toString()).isTrue();
    }

    @Test
    void aControlCharacterOrAStructureIsNoPermissionValue() {
        for (String value : java.util.List.of("\"a\\nb\"", "{\"x\": 1}", "[1]")) {
            HttpResponse<String> refused = send("POST", "/v2/fleetHierarchy", """
                    {"code": "bad-%d", "roles": [{"code": "A", "childRoleCode": "B", "maxChild": 5,
                      "permissions": [{"permissionCode": "p", "permissionValue": %s}]}, {"code": "B"}]}""".formatted(value.length(), value));
            assertThat(refused.statusCode()).as(value + " " + refused.body()).isEqualTo(400);
        }
    }
}

package io.grouployalty.bootstrap;

import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Names of companies and hierarchies take the 1000 characters of API.md §1, as any unstated string field does. */
class TextLimitsEndToEndTest {

    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "limits." + ORG;

    private static TestServer server;

    @BeforeAll
    static void anOrg() {
        server = TestServer.shared();
        assertThat(server.orgApply("org: {id: %d, name: Limits}\ntills: [{code: %s, password: pw}]\n".formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static int post(String path, String body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    private static String hierarchy(String code, String name) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"roles\": [{\"code\": \"OWNER\", \"childRoleCode\": \"DRIVER\", \"maxChild\": 5},"
                + " {\"code\": \"DRIVER\"}]}";
    }

    @Test
    void aHierarchyOrCompanyNameMayHoldAThousandCharactersAndNoMore() {
        String thousand = "\u00e9".repeat(1000);

        assertThat(post("/v2/fleetHierarchy", hierarchy("long", thousand))).isEqualTo(200);
        assertThat(post("/v2/fleetHierarchy", hierarchy("longer", thousand + "e"))).isEqualTo(400);
        assertThat(post("/v2/companies", "{\"externalId\": \"long-co\", \"name\": \"" + thousand + "\", \"hierarchyDefinitionCode\": \"long\"}"))
                .isEqualTo(200);
        assertThat(post("/v2/companies", "{\"externalId\": \"longer-co\", \"name\": \"" + thousand + "e\", \"hierarchyDefinitionCode\": \"long\"}"))
                .isEqualTo(400);
    }
}

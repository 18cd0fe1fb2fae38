package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** What an org file leaves out is disabled, never deleted: stored data that refers to it still reads whole (API.md §6.21). */
class DisabledReferenceDataEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEnrollmentInAProgramLeftOutKeepsTheNamesOfItsProgramAndTier() throws Exception {
        TestServer server = TestServer.shared();
        long org = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
        String till = "disabled." + org;
        String withProgram = """
                org: {id: %d, name: Disabled}
                tills: [{code: %s, password: pw}]
                programs: [{id: 1, name: Fleet Rewards, tiers: [{number: 1, name: Bronze}, {number: 2, name: Silver}]}]
                """.formatted(org, till);
        assertThat(server.orgApply(withProgram).succeeded()).isTrue();
        String mobile = "96" + String.format("%010d", org % 10_000_000_000L);
        JsonNode posted = JSON.readTree(server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", basic(till, "pw")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile
                        + "\"}]}], \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierNumber\": 2}]}"))).body());
        long id = posted.at("/0/entity/id").asLong();

        assertThat(server.orgApply(withProgram.replaceFirst("programs: .*\n", "programs: []\n")).succeeded()).isTrue();
        Thread.sleep(5_000);

        JsonNode read = JSON.readTree(server.send(HttpRequest.newBuilder(server.uri("/v2/customers/" + id + "?source=INSTORE"))
                .header("Authorization", basic(till, "pw")).GET()).body());
        assertThat(read.at("/loyaltyProgramEnrollments/0/programName").asText()).isEqualTo("Fleet Rewards");
        assertThat(read.at("/loyaltyProgramEnrollments/0/tierName").asText()).isEqualTo("Silver");
    }
}

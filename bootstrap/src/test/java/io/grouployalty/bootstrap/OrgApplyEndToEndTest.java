package io.grouployalty.bootstrap;

import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.Eventually;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code org apply} and {@code org list} against the database of a running server. */
class OrgApplyEndToEndTest {

    private static final Duration PROMISED = Duration.ofSeconds(5);

    private static TestServer server;

    private final long org = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private final String till = "apply." + org;

    @BeforeAll
    static void server() {
        server = TestServer.shared();
    }

    private String orgFile(String password, String sources) {
        return """
                org: {id: %d, name: Apply Test, timeZone: "+05:30"}
                tills:
                  - code: %s
                    password: %s
                sources: %s
                """.formatted(org, till, password, sources);
    }

    private int status(String password) {
        return server.get("/v2/meta/sources", basic(till, password)).statusCode();
    }

    private String sources() {
        return server.get("/v2/meta/sources", basic(till, "first")).body();
    }

    private String orgList() {
        CliRun list = CliRun.of(server.overrides(), "org", "list", TestServer.CONFIG);
        assertThat(list.succeeded()).isTrue();
        return list.stdout().lines().filter(line -> line.startsWith(org + "\t")).findFirst().orElse("");
    }

    @Test
    void applyingTwiceLeavesWhatApplyingOnceLeft() {
        String file = orgFile("first", "[{name: WECHAT, accounts: [WECHAT-CM]}]");
        CliRun first = server.orgApply(file);
        String sourcesOnce = sources();
        String listedOnce = orgList();

        CliRun second = server.orgApply(file);

        assertThat(first.succeeded()).isTrue();
        assertThat(second.succeeded()).isTrue();
        assertThat(second.stdout()).contains("Applied org " + org + ": 1 till(s) enabled, 0 disabled; 2 source(s), 0 program(s) and 0 card series enabled;");
        assertThat(sources()).isEqualTo(sourcesOnce);
        assertThat(orgList()).isEqualTo(listedOnce).isEqualTo(org + "\tApply Test\t+05:30");
        assertThat(status("first")).isEqualTo(200);
    }

    @Test
    void aBrokenFileChangesNothingAndFailsNamingTheField() {
        server.orgApply(orgFile("first", "[{name: WECHAT, accounts: [WECHAT-CM]}]"));
        String sourcesBefore = sources();

        CliRun broken = server.orgApply("""
                org: {id: %d, name: Renamed}
                tills: [{code: %s, password: other}]
                sources: [{name: ECOMMERCE}, {name: MYSPACE}]
                """.formatted(org, till));

        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.stderr()).contains("sources[1].name: 'MYSPACE' is not a source").contains("nothing changed");
        assertThat(sources()).isEqualTo(sourcesBefore);
        assertThat(orgList()).isEqualTo(org + "\tApply Test\t+05:30");
        assertThat(status("first")).isEqualTo(200);
    }

    @Test
    void theReferenceDataOfAFileFollowsTheRulesOfTheHttpPath() {
        String hierarchy = """
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 10}
                      - {code: DRIVER}
                """;
        assertThat(server.orgApply(orgFile("first", "[]") + hierarchy).succeeded()).isTrue();

        CliRun changedChain = server.orgApply(orgFile("first", "[]") + hierarchy.replace("OWNER", "BOSS")
                + "companies: [{externalId: c1, name: C1, hierarchyDefinitionCode: fleet}]\n");

        assertThat(changedChain.succeeded()).isFalse();
        assertThat(changedChain.stderr()).contains("hierarchies[0]: [1711]");
        assertThat(server.orgApply(orgFile("first", "[]") + hierarchy.replace("{code: DRIVER}", "{code: DRIVER, childRoleCode: X}"))
                .stderr()).contains("hierarchies[0]: [1607]");
        assertThat(server.orgApply(orgFile("first", "[]") + "companies: [{externalId: c1, name: C1, hierarchyDefinitionCode: nope}]\n")
                .stderr()).contains("companies[0]: [1701]");
    }

    @Test
    void theShippedDemoOrgAppliesTwiceWithEverySection() {
        CliRun first = CliRun.of(server.overrides(), "org", "apply", TestServer.CONFIG, "demo-org.yml");
        CliRun second = CliRun.of(server.overrides(), "org", "apply", TestServer.CONFIG, "demo-org.yml");

        assertThat(first.succeeded()).as(first.stderr()).isTrue();
        assertThat(second.stdout()).isEqualTo(first.stdout())
                .contains("3 source(s), 1 program(s) and 1 card series enabled; 1 hierarchy(ies) and 1 company(ies) declared.");
    }

    @Test
    void anUnsetPasswordVariableFailsTheApplyNamingIt() {
        CliRun run = server.orgApply("""
                org: {id: %d, name: Env Test}
                tills: [{code: %s, passwordEnv: GROUP_LOYALTY_TEST_UNSET_VARIABLE}]
                """.formatted(org, till));

        assertThat(run.succeeded()).isFalse();
        assertThat(run.stderr()).contains("tills[0].passwordEnv: environment variable GROUP_LOYALTY_TEST_UNSET_VARIABLE is not set");
    }

    @Test
    void aChangedPasswordIsHonouredByTheRunningServerWithinFiveSeconds() {
        server.orgApply(orgFile("first", "[]"));
        assertThat(status("first")).isEqualTo(200);

        assertThat(server.orgApply(orgFile("second", "[]")).succeeded()).isTrue();

        Eventually.within(PROMISED, () -> {
            assertThat(status("first")).isEqualTo(401);
            assertThat(status("second")).isEqualTo(200);
        });
    }

    @Test
    void aTillLeftOutOfTheFileIsRefusedByTheRunningServerWithinFiveSeconds() {
        server.orgApply(orgFile("first", "[]"));
        assertThat(status("first")).isEqualTo(200);

        assertThat(server.orgApply("""
                org: {id: %d, name: Apply Test}
                tills: []
                """.formatted(org)).stdout()).contains("0 till(s) enabled, 1 disabled");

        Eventually.within(PROMISED, () -> assertThat(status("first")).isEqualTo(401));
    }
}

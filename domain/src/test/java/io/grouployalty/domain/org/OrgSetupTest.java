package io.grouployalty.domain.org;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrgSetupTest {

    private static final Org DEMO = new Org(new OrgId(1001), "Demo", ZoneOffset.UTC);

    private static TillSetup till(String code) {
        return new TillSetup(new TillCode(code), new TillSecret.Password(PasswordDigest.ofPassword("pw")));
    }

    @Test
    void aSetupWithDistinctTillsAndSourcesHasNoProblems() {
        OrgSetup setup = OrgSetup.of(DEMO).withTills(List.of(till("a"), till("b")))
                .withSources(List.of(OrgSource.singleAccount(Source.JD), OrgSource.singleAccount(Source.LINE)));
        assertThat(setup.problems().isEmpty()).isTrue();
    }

    @Test
    void namesEveryRepeatedTillCodeAndSource() {
        OrgSetup setup = OrgSetup.of(DEMO).withTills(List.of(till("a"), till("b"), till("a")))
                .withSources(List.of(OrgSource.singleAccount(Source.JD), OrgSource.singleAccount(Source.JD)));

        assertThat(setup.problems().toJavaList()).containsExactly(
                new SetupProblem("tills[2]", "'a' appears more than once"),
                new SetupProblem("sources[1]", "'JD' appears more than once"));
    }

    @Test
    void instoreHasNoAccounts() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new OrgSource(Source.INSTORE, List.of(new AccountId("x"))));
    }
}

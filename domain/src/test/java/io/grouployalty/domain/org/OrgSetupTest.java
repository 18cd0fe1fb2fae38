package io.grouployalty.domain.org;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.hierarchy.FleetHierarchies;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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

    private static Program program(long id, String name) {
        return new Program(new ProgramId(id), name, List.of(new Tier(1, "Bronze")));
    }

    private static CardSeriesDefinition series(long id, String code) {
        return new CardSeriesDefinition(id, code, LinkedHashMap.of("ACTIVE", CardStatus.ACTIVE), 3);
    }

    private static ExtendedFieldDefinition field(String name) {
        return new ExtendedFieldDefinition(name, ExtendedFieldType.STRING, Option.none());
    }

    private static CompanyDraft company(String externalId) {
        return new CompanyDraft(externalId, "Solace Logistics", "code-association2", Option.none(), LinkedHashMap.empty());
    }

    @Test
    void anOrgWithoutSectionsDeclaresNothingAndHasNoProblems() {
        OrgSetup setup = OrgSetup.of(DEMO);

        assertThat(setup.tills()).isEmpty();
        assertThat(setup.sources()).isEmpty();
        assertThat(setup.programs()).isEmpty();
        assertThat(setup.cardSeries()).isEmpty();
        assertThat(setup.customFields()).isEmpty();
        assertThat(setup.extendedFields()).isEmpty();
        assertThat(setup.hierarchies()).isEmpty();
        assertThat(setup.companies()).isEmpty();
        assertThat(setup.problems()).isEmpty();
    }

    @Test
    void anEmptySectionIsPresentAndDeclaresThatNothingIsEnabled() {
        OrgSetup setup = OrgSetup.of(DEMO).withTills(List.empty()).withCustomFields(List.empty());

        assertThat(setup.tills()).contains(List.empty());
        assertThat(setup.customFields()).contains(List.empty());
        assertThat(setup.sources()).isEmpty();
    }

    @Test
    void eachSectionIsSetOnItsOwnAndTheRestStay() {
        OrgSetup setup = OrgSetup.of(DEMO).withCustomFields(List.of("gender")).withPrograms(List.of(program(1, "Fleet Rewards")))
                .withCustomFields(List.of("gender", "city"));

        assertThat(setup.customFields()).contains(List.of("gender", "city"));
        assertThat(setup.programs().get().map(Program::name).toJavaList()).containsExactly("Fleet Rewards");
        assertThat(setup.org()).isEqualTo(DEMO);
    }

    @Test
    void aProgramIsRepeatedByItsId() {
        OrgSetup setup = OrgSetup.of(DEMO).withPrograms(List.of(program(1, "Fleet Rewards"), program(2, "Fleet Rewards"), program(1, "Other")));

        assertThat(setup.problems().toJavaList()).containsExactly(new SetupProblem("programs[2]", "'1' appears more than once"));
    }

    @Test
    void aCardSeriesIsRepeatedByItsIdAndByItsCode() {
        OrgSetup setup = OrgSetup.of(DEMO).withCardSeries(List.of(series(10, "FleetCard1"), series(10, "FleetCard2"), series(11, "FleetCard1")));

        assertThat(setup.problems().toJavaList()).containsExactly(
                new SetupProblem("cardSeries[1]", "'10' appears more than once"),
                new SetupProblem("cardSeries[2]", "'FleetCard1' appears more than once"));
    }

    @Test
    void customAndExtendedFieldsAreRepeatedByTheirNames() {
        OrgSetup setup = OrgSetup.of(DEMO).withCustomFields(List.of("gender", "city", "gender"))
                .withExtendedFields(List.of(field("dob"), field(" dob "), field("city")));

        assertThat(setup.problems().toJavaList()).containsExactly(
                new SetupProblem("customFields[2]", "'gender' appears more than once"),
                new SetupProblem("extendedFields[1]", "'dob' appears more than once"));
    }

    @Test
    void aCustomFieldNameIsComparedExactly() {
        assertThat(OrgSetup.of(DEMO).withCustomFields(List.of("gender", "Gender")).problems()).isEmpty();
    }

    @Test
    void hierarchiesAndCompaniesAreRepeatedByTheirStrippedCodes() {
        OrgSetup setup = OrgSetup.of(DEMO)
                .withHierarchies(List.of(FleetHierarchies.fleetDraft("fleet"), FleetHierarchies.fleetDraft(" fleet ")))
                .withCompanies(List.of(company("ex917471000000"), company("ex917471000001"), company("ex917471000000 ")));

        assertThat(setup.problems().toJavaList()).containsExactly(
                new SetupProblem("hierarchies[1]", "'fleet' appears more than once"),
                new SetupProblem("companies[2]", "'ex917471000000' appears more than once"));
    }

    @Test
    void everyRepetitionAfterTheFirstIsAProblemOfItsOwn() {
        OrgSetup setup = OrgSetup.of(DEMO).withTills(List.of(till("a"), till("a"), till("b"), till("a")));

        assertThat(setup.problems().map(SetupProblem::toString).toJavaList())
                .containsExactly("tills[1]: 'a' appears more than once", "tills[3]: 'a' appears more than once");
    }

    @Test
    void aSourceDeclaredTwiceIsAProblemWhateverItsAccounts() {
        OrgSetup setup = OrgSetup.of(DEMO).withSources(List.of(new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM"))),
                new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-HK")))));

        assertThat(setup.problems().toJavaList()).containsExactly(new SetupProblem("sources[1]", "'WECHAT' appears more than once"));
    }

    @Test
    void needsTheOrgAndEverySection() {
        assertThatNullPointerException().isThrownBy(() -> OrgSetup.of(null));
        assertThatNullPointerException().isThrownBy(() -> OrgSetup.of(DEMO).withHierarchies(null));
        assertThatNullPointerException().isThrownBy(() -> OrgSetup.of(DEMO).withCompanies(null));
    }
}

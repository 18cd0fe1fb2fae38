package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.port.in.ApplyOrgSetup.Applied;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSecret;
import io.grouployalty.domain.org.TillSetup;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static io.grouployalty.application.contract.OrgFixtures.OTHER_HASH;
import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.OrgFixtures.digestOf;
import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetDraft;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetCards;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRewards;
import static org.assertj.core.api.Assertions.assertThat;

class OrgSetupServiceTest {

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final OrgSetupService service =
            OrgSetupServices.over(ports, hasher);

    private final Org org = aNewOrg();
    private final TillCode cashier = aNewTillCode();

    private static TillSetup withPassword(TillCode code, String password) {
        return new TillSetup(code, new TillSecret.Password(digestOf(password)));
    }

    private OrgSetup setupWith(List<TillSetup> tills, List<OrgSource> sources) {
        return OrgSetup.of(org).withTills(tills).withSources(sources);
    }

    @Test
    void storesTheOrgItsTillsAndItsSources() {
        Either<Seq<SetupProblem>, Applied> applied =
                service.apply(setupWith(List.of(withPassword(cashier, "secret")), List.of(wechatWithAccounts("WECHAT-CM"))));

        assertThat(applied.get()).isEqualTo(new Applied(org.id(), 1, 0, 2, 0, 0, 0, 0));
        assertThat(ports.orgs().find(org.id()).get()).isEqualTo(org);
        assertThat(ports.settings().enabledSources(org.id()).map(OrgSource::source).toJavaList())
                .containsExactly(Source.WECHAT, Source.INSTORE);
    }

    @Test
    void keepsOnlyASaltedHashOfThePasswordDigest() {
        service.apply(setupWith(List.of(withPassword(cashier, "secret")), List.empty()));

        Till stored = ports.tills().find(cashier).get();
        assertThat(stored.passwordHash().value()).doesNotContain("secret");
        assertThat(hasher.matches(digestOf("secret"), stored.passwordHash())).isTrue();
    }

    @Test
    void applyingTheSameSetupTwiceLeavesWhatTheFirstApplyStored() {
        OrgSetup setup = setupWith(List.of(withPassword(cashier, "secret")), List.of(wechatWithAccounts("WECHAT-CM")));
        service.apply(setup);
        Till afterFirst = ports.tills().find(cashier).get();
        List<OrgSource> sourcesAfterFirst = ports.settings().enabledSources(org.id());

        service.apply(setup);

        assertThat(ports.tills().find(cashier).get()).isEqualTo(afterFirst);
        assertThat(ports.settings().enabledSources(org.id())).isEqualTo(sourcesAfterFirst);
    }

    @Test
    void rehashesAChangedPassword() {
        service.apply(setupWith(List.of(withPassword(cashier, "secret")), List.empty()));

        service.apply(setupWith(List.of(withPassword(cashier, "changed")), List.empty()));

        Till stored = ports.tills().find(cashier).get();
        assertThat(hasher.matches(digestOf("changed"), stored.passwordHash())).isTrue();
        assertThat(hasher.matches(digestOf("secret"), stored.passwordHash())).isFalse();
    }

    @Test
    void storesAReadyHashAsGiven() {
        service.apply(setupWith(List.of(new TillSetup(cashier, new TillSecret.Hashed(OTHER_HASH))), List.empty()));

        assertThat(ports.tills().find(cashier).get().passwordHash()).isEqualTo(OTHER_HASH);
    }

    @Test
    void disablesTheTillsAFileNoLongerDeclares() {
        TillCode leaving = aNewTillCode();
        service.apply(setupWith(List.of(withPassword(cashier, "a"), withPassword(leaving, "b")), List.empty()));

        Applied applied = service.apply(setupWith(List.of(withPassword(cashier, "a")), List.empty())).get();

        assertThat(ports.tills().find(leaving).get().enabled()).isFalse();
        assertThat(applied.disabledTills()).isEqualTo(1);
    }

    @Test
    void leavesTillsAndSourcesAloneWhenTheFileHasNoSuchSections() {
        service.apply(setupWith(List.of(withPassword(cashier, "a")), List.of(wechatWithAccounts("WECHAT-CM"))));

        Org renamed = new Org(org.id(), "Renamed", ZoneOffset.ofHours(8));
        service.apply(OrgSetup.of(renamed));

        assertThat(ports.orgs().find(org.id()).get()).isEqualTo(renamed);
        assertThat(ports.tills().find(cashier).get().enabled()).isTrue();
        assertThat(ports.settings().enabledSources(org.id()).size()).isEqualTo(2);
    }

    @Test
    void refusesATillCodeOfAnotherOrgAndChangesNothing() {
        Org other = aNewOrg();
        service.apply(OrgSetup.of(other).withTills(List.of(withPassword(cashier, "theirs"))));

        Either<Seq<SetupProblem>, Applied> applied = service.apply(
                setupWith(List.of(withPassword(aNewTillCode(), "mine"), withPassword(cashier, "mine")), List.of(wechatWithAccounts("W"))));

        assertThat(applied.getLeft().toJavaList()).containsExactly(
                new SetupProblem("tills[1].code", "till code '" + cashier + "' belongs to another org"));
        assertThat(ports.orgs().find(org.id()).isEmpty()).isTrue();
        assertThat(ports.tills().find(cashier).get().org()).isEqualTo(other.id());
        assertThat(ports.settings().enabledSources(org.id()).size()).isEqualTo(1);
    }

    @Test
    void refusesDuplicateTillCodesAndSourcesAndChangesNothing() {
        Either<Seq<SetupProblem>, Applied> applied = service.apply(setupWith(
                List.of(withPassword(cashier, "a"), withPassword(cashier, "b")),
                List.of(wechatWithAccounts("A"), wechatWithAccounts("B"))));

        assertThat(applied.getLeft().map(SetupProblem::field).toJavaList()).containsExactly("tills[1]", "sources[1]");
        assertThat(ports.orgs().find(org.id()).isEmpty()).isTrue();
    }

    @Test
    void listsTheAppliedOrgs() {
        service.apply(setupWith(List.empty(), List.empty()));

        assertThat(service.listOrgs().toJavaList()).containsExactly(org);
    }

    private OrgSetup everySection() {
        return OrgSetup.of(org)
                .withTills(List.of(withPassword(cashier, "secret")))
                .withSources(List.of(wechatWithAccounts("WECHAT-CM")))
                .withPrograms(List.of(fleetRewards(1)))
                .withCardSeries(List.of(fleetCards(10, "FleetCard1")))
                .withCustomFields(List.of("gender", "city"))
                .withExtendedFields(List.of(new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none())))
                .withHierarchies(List.of(aFleetDraft("code-association2")))
                .withCompanies(List.of(new CompanyDraft("ex917471000000", "Solace Logistics", "code-association2", Option.none(),
                        HashMap.empty())));
    }

    private List<Object> everythingStored() {
        return List.of(ports.orgs().find(org.id()), ports.tills().of(org.id()), ports.settings().enabledSources(org.id()),
                ports.programs().all(org.id()), ports.cardSeries().all(org.id()), ports.settings().customFields(org.id()),
                ports.settings().extendedFields(org.id()), ports.hierarchies().all(org.id()),
                ports.companies().page(org.id(), new CompanyQuery(Option.none(), false, 100, 0)).items());
    }

    @Test
    void appliesEverySectionOfAnOrgFile() {
        Applied applied = service.apply(everySection()).get();

        assertThat(applied).isEqualTo(new Applied(org.id(), 1, 0, 2, 1, 1, 1, 1));
        assertThat(ports.programs().byId(org.id(), new ProgramId(1)).get().tier(3).get().name()).isEqualTo("Gold");
        assertThat(ports.cardSeries().byCode(org.id(), "FleetCard1").isDefined()).isTrue();
        assertThat(ports.settings().customFields(org.id()).toJavaList()).containsExactly("gender", "city");
        Company company = ports.companies().byExternalId(org.id(), new ExternalId("ex917471000000")).get();
        assertThat(company.hierarchy().value()).isEqualTo("code-association2");
    }

    @Test
    void applyingEverySectionTwiceLeavesWhatApplyingOnceLeft() {
        service.apply(everySection());
        List<Object> once = everythingStored();

        assertThat(service.apply(everySection()).isRight()).isTrue();

        assertThat(everythingStored()).isEqualTo(once);
    }

    @Test
    void disablesProgramsSeriesAndFieldsLeftOutOfTheFile() {
        service.apply(everySection());

        service.apply(everySection().withPrograms(List.empty()).withCardSeries(List.empty()).withCustomFields(List.of("city")));

        assertThat(ports.programs().byId(org.id(), new ProgramId(1)).isEmpty()).isTrue();
        assertThat(ports.cardSeries().all(org.id()).isEmpty()).isTrue();
        assertThat(ports.settings().customFields(org.id()).toJavaList()).containsExactly("city");
    }

    @Test
    void aHierarchyOrCompanyBreakingARuleChangesNothingAndIsNamed() {
        service.apply(everySection());
        List<Object> before = everythingStored();
        HierarchyDraft changedChain = new HierarchyDraft("code-association2", Option.none(), Option.none(),
                List.of(RoleDraft.parent("GFA", "FC", 1), RoleDraft.leaf("FC")), false, false, false, false);
        CompanyDraft unknownHierarchy = new CompanyDraft("other", "Other", "nope", Option.none(), HashMap.empty());

        Either<Seq<SetupProblem>, Applied> applied = service.apply(everySection()
                .withPrograms(List.empty())
                .withHierarchies(List.of(changedChain))
                .withCompanies(List.of(unknownHierarchy)));

        assertThat(applied.getLeft().map(SetupProblem::field).toJavaList()).containsExactly("hierarchies[0]", "companies[0]");
        assertThat(applied.getLeft().head().reason()).startsWith("[1711]");
        assertThat(applied.getLeft().last().reason()).startsWith("[1701]");
        assertThat(everythingStored()).isEqualTo(before);
    }

    @Test
    void hierarchiesAndCompaniesAreNeverRemovedByOmission() {
        service.apply(everySection());

        service.apply(everySection().withHierarchies(List.empty()).withCompanies(List.empty()));

        assertThat(ports.hierarchies().all(org.id()).size()).isEqualTo(1);
        assertThat(ports.companies().byExternalId(org.id(), new ExternalId("ex917471000000")).isDefined()).isTrue();
    }
}

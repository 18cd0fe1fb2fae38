package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.port.in.ApplyOrgSetup.Applied;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSecret;
import io.grouployalty.domain.org.TillSetup;
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
import static org.assertj.core.api.Assertions.assertThat;

class OrgSetupServiceTest {

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final OrgSetupService service =
            new OrgSetupService(ports.orgs(), ports.tills(), ports.settings(), hasher, ports.transactions());

    private final Org org = aNewOrg();
    private final TillCode cashier = aNewTillCode();

    private static TillSetup withPassword(TillCode code, String password) {
        return new TillSetup(code, new TillSecret.Password(digestOf(password)));
    }

    private OrgSetup setupWith(List<TillSetup> tills, List<OrgSource> sources) {
        return new OrgSetup(org, Option.of(tills), Option.of(sources));
    }

    @Test
    void storesTheOrgItsTillsAndItsSources() {
        Either<Seq<SetupProblem>, Applied> applied =
                service.apply(setupWith(List.of(withPassword(cashier, "secret")), List.of(wechatWithAccounts("WECHAT-CM"))));

        assertThat(applied.get()).isEqualTo(new Applied(org.id(), 1, 0, 2));
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
        service.apply(new OrgSetup(renamed, Option.none(), Option.none()));

        assertThat(ports.orgs().find(org.id()).get()).isEqualTo(renamed);
        assertThat(ports.tills().find(cashier).get().enabled()).isTrue();
        assertThat(ports.settings().enabledSources(org.id()).size()).isEqualTo(2);
    }

    @Test
    void refusesATillCodeOfAnotherOrgAndChangesNothing() {
        Org other = aNewOrg();
        service.apply(new OrgSetup(other, Option.of(List.of(withPassword(cashier, "theirs"))), Option.none()));

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
}

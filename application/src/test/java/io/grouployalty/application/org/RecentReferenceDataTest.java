package io.grouployalty.application.org;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRewards;
import static io.grouployalty.application.org.RecentReferenceData.BOUND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes made by another process (an org file applied) are honoured once the bound has passed, and not read before;
 * changes made through the decorators are seen at once.
 */
class RecentReferenceDataTest {

    private static final List<OrgSource> WECHAT = List.of(OrgSource.singleAccount(Source.INSTORE), wechatWithAccounts("CM"));
    private static final List<ExtendedFieldDefinition> CITY =
            List.of(new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none()));

    private final RecentReferenceData data = new RecentReferenceData();
    private final Org org = aNewOrg();
    private final Org inAnotherZone = new Org(org.id(), org.name(), ZoneOffset.ofHours(5));

    @BeforeEach
    void anOrg() {
        data.stored.orgs().save(org);
    }

    private <T> void seenOnlyOnceTheBoundHasPassed(Supplier<T> read, Runnable changeElsewhere) {
        T before = read.get();
        changeElsewhere.run();
        data.ticker.advance(BOUND.minusMillis(1));
        assertThat(read.get()).isEqualTo(before);
        data.ticker.advance(Duration.ofMillis(1));
        assertThat(read.get()).isNotEqualTo(before);
    }

    private <T> void seenAtOnce(Supplier<T> read, Runnable changeHere) {
        T before = read.get();
        changeHere.run();
        assertThat(read.get()).isNotEqualTo(before);
    }

    @Test
    void sources() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().enabledSources(org.id()),
                () -> data.stored.settings().replaceSources(org.id(), WECHAT));
    }

    @Test
    void customAndExtendedFields() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().customFields(org.id()),
                () -> data.stored.settings().replaceCustomFields(org.id(), List.of("gender")));
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().extendedFields(org.id()),
                () -> data.stored.settings().replaceExtendedFields(org.id(), CITY));
    }

    @Test
    void programs() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.programs().all(org.id()),
                () -> data.stored.programs().replace(org.id(), List.of(fleetRewards(1))));
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.programs().named(org.id()),
                () -> data.stored.programs().replace(org.id(), List.of(fleetRewards(2))));
    }

    @Test
    void theOrgsTimeZone() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.orgs().find(org.id()), () -> data.stored.orgs().save(inAnotherZone));
    }

    @Test
    void settingsReplacedInThisProcessAreSeenAtOnce() {
        seenAtOnce(() -> data.recent.settings().enabledSources(org.id()),
                () -> data.recent.settings().replaceSources(org.id(), WECHAT));
        seenAtOnce(() -> data.recent.settings().customFields(org.id()),
                () -> data.recent.settings().replaceCustomFields(org.id(), List.of("gender")));
        seenAtOnce(() -> data.recent.settings().extendedFields(org.id()),
                () -> data.recent.settings().replaceExtendedFields(org.id(), CITY));
    }

    @Test
    void programsAndOrgsSavedInThisProcessAreSeenAtOnce() {
        seenAtOnce(() -> data.recent.programs().all(org.id()), () -> data.recent.programs().replace(org.id(), List.of(fleetRewards(1))));
        seenAtOnce(() -> data.recent.programs().named(org.id()), () -> data.recent.programs().replace(org.id(), List.of(fleetRewards(2))));
        seenAtOnce(() -> data.recent.orgs().find(org.id()), () -> data.recent.orgs().save(inAnotherZone));
    }
}

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

/** Changes made by another process (an org file applied) are honoured once the bound has passed, and not read before. */
class RecentReferenceDataTest {

    private final RecentReferenceData data = new RecentReferenceData();
    private final Org org = aNewOrg();

    @BeforeEach
    void anOrg() {
        data.stored.orgs().save(org);
    }

    private <T> void seenOnlyOnceTheBoundHasPassed(Supplier<T> read, Runnable changeElsewhere) {
        T before = read.get();
        changeElsewhere.run();
        data.clock.advance(BOUND.minusMillis(1));
        assertThat(read.get()).isEqualTo(before);
        data.clock.advance(Duration.ofMillis(1));
        assertThat(read.get()).isNotEqualTo(before);
    }

    @Test
    void sources() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().enabledSources(org.id()),
                () -> data.stored.settings().replaceSources(org.id(), List.of(OrgSource.singleAccount(Source.INSTORE), wechatWithAccounts("CM"))));
    }

    @Test
    void customAndExtendedFields() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().customFields(org.id()),
                () -> data.stored.settings().replaceCustomFields(org.id(), List.of("gender")));
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.settings().extendedFields(org.id()),
                () -> data.stored.settings().replaceExtendedFields(org.id(),
                        List.of(new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none()))));
    }

    @Test
    void programs() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.programs().all(org.id()),
                () -> data.stored.programs().replace(org.id(), List.of(fleetRewards(1))));
    }

    @Test
    void theOrgsTimeZone() {
        seenOnlyOnceTheBoundHasPassed(() -> data.recent.orgs().find(org.id()),
                () -> data.stored.orgs().save(new Org(org.id(), org.name(), ZoneOffset.ofHours(5))));
    }
}

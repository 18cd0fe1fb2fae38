package io.grouployalty.application.contract;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Orgs;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewOrgId;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Orgs} must do. */
public abstract class OrgsContract {

    protected abstract OrgPorts ports();

    @Test
    void findsASavedOrg() {
        Org org = aNewOrg();
        ports().orgs().save(org);
        assertThat(ports().orgs().find(org.id()).get()).isEqualTo(org);
    }

    @Test
    void aSecondSaveUpdatesNameAndTimeZone() {
        Org org = aNewOrg();
        Org renamed = new Org(org.id(), "Renamed", ZoneOffset.ofHoursMinutes(5, 30));
        ports().orgs().save(org);
        ports().orgs().save(renamed);
        assertThat(ports().orgs().find(org.id()).get()).isEqualTo(renamed);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(ports().orgs().find(aNewOrgId()).isEmpty()).isTrue();
    }

    @Test
    void theOrgsLockHoldsAnotherUnitOfWorkUntilTheFirstEnds() throws Exception {
        Org org = aNewOrg();
        ports().orgs().save(org);
        List<String> events = Collections.synchronizedList(new ArrayList<>());

        WhileLocked.meanwhile(ports().transactions(), () -> {
            ports().orgs().lock(org.id());
            return events.add("first holds");
        }, held -> events.add("first ends"), () -> {
            ports().orgs().lock(org.id());
            events.add("second holds");
        });

        assertThat(events).containsExactly("first holds", "first ends", "second holds");
    }

    @Test
    void listsEveryOrgOrderedById() {
        Org first = aNewOrg();
        Org second = aNewOrg();
        ports().orgs().save(first);
        ports().orgs().save(second);
        assertThat(ports().orgs().all().filter(org -> org.equals(first) || org.equals(second))
                .map(org -> org.id().value()).toJavaList()).hasSize(2).isSorted();
    }
}

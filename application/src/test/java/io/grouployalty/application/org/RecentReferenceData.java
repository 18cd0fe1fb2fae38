package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.memory.MovingClock;

import java.time.Duration;
import java.time.Instant;

/** In-memory ports behind the recent-read decorators, and a clock the tests move. */
final class RecentReferenceData {

    static final Duration BOUND = Duration.ofSeconds(4);

    final OrgPorts stored = InMemoryOrgPorts.create();
    final MovingClock clock = MovingClock.at(Instant.parse("2026-11-26T00:00:00Z"));
    final OrgPorts recent = new OrgPorts(new RecentOrgs(stored.orgs(), BOUND, clock), stored.tills(),
            new RecentOrgSettings(stored.settings(), BOUND, clock), new RecentPrograms(stored.programs(), BOUND, clock),
            stored.cardSeries(), stored.hierarchies(), stored.companies(), stored.transactions());
}

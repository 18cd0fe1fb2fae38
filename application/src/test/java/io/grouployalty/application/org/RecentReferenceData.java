package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.InMemoryOrgPorts;

import java.time.Duration;

/** In-memory ports behind the recent-read decorators, and a ticker the tests move. */
final class RecentReferenceData {

    static final Duration BOUND = Duration.ofSeconds(4);
    static final long ORGS = 100;

    final OrgPorts stored = InMemoryOrgPorts.create();
    final MovingTicker ticker = new MovingTicker();
    final RecentReads reads = new RecentReads(BOUND, ORGS, ticker);
    final OrgPorts recent = new OrgPorts(new RecentOrgs(stored.orgs(), reads), stored.tills(),
            new RecentOrgSettings(stored.settings(), reads), new RecentPrograms(stored.programs(), reads),
            stored.cardSeries(), stored.hierarchies(), stored.companies(), stored.transactions());
}

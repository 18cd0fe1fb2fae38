package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.InMemoryOrgPorts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** In-memory ports behind the recent-read decorators, and a clock the tests move. */
final class RecentReferenceData {

    static final Duration BOUND = Duration.ofSeconds(4);

    final OrgPorts stored = InMemoryOrgPorts.create();
    final MovingClock clock = new MovingClock();
    final OrgPorts recent = new OrgPorts(new RecentOrgs(stored.orgs(), BOUND, clock), stored.tills(),
            new RecentOrgSettings(stored.settings(), BOUND, clock), new RecentPrograms(stored.programs(), BOUND, clock),
            stored.cardSeries(), stored.hierarchies(), stored.companies(), stored.transactions());

    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

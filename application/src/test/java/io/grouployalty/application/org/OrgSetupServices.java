package io.grouployalty.application.org;

import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.domain.org.PasswordHasher;

import java.time.Clock;

/** The org set-up use case over a family of ports. */
final class OrgSetupServices {

    private OrgSetupServices() {
    }

    static OrgSetupService over(OrgPorts ports, PasswordHasher hasher) {
        Clock clock = Clock.systemUTC();
        return new OrgSetupService(ports.orgs(), ports.tills(), ports.settings(), ports.programs(), ports.cardSeries(),
                new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), clock),
                new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), clock), hasher, ports.transactions());
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;

/** The org ports over fresh in-memory tables, sharing one in-memory transaction manager. */
public final class InMemoryOrgPorts {

    private InMemoryOrgPorts() {
    }

    public static OrgPorts create() {
        InMemoryOrgs orgs = new InMemoryOrgs();
        InMemoryTills tills = new InMemoryTills();
        InMemoryOrgSettings settings = new InMemoryOrgSettings();
        InMemoryPrograms programs = new InMemoryPrograms();
        InMemoryCardSeries cardSeries = new InMemoryCardSeries();
        InMemoryHierarchies hierarchies = new InMemoryHierarchies();
        InMemoryCompanies companies = new InMemoryCompanies();
        return new OrgPorts(orgs, tills, settings, programs, cardSeries, hierarchies, companies,
                new InMemoryTransactions(orgs, tills, settings, programs, cardSeries, hierarchies, companies));
    }
}

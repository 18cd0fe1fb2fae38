package io.grouployalty.application.memory;

import io.grouployalty.application.contract.CustomerPorts;
import io.grouployalty.application.contract.OrgPorts;

/** Every port in memory, under one in-memory transaction manager. */
public record InMemoryWorld(OrgPorts ports, InMemoryCustomers customers, InMemoryChangeHistory history) {

    public static InMemoryWorld create() {
        InMemoryOrgs orgs = new InMemoryOrgs();
        InMemoryTills tills = new InMemoryTills();
        InMemoryOrgSettings settings = new InMemoryOrgSettings();
        InMemoryPrograms programs = new InMemoryPrograms();
        InMemoryCardSeries cardSeries = new InMemoryCardSeries();
        InMemoryHierarchies hierarchies = new InMemoryHierarchies();
        InMemoryCompanies companies = new InMemoryCompanies();
        InMemoryCustomers customers = new InMemoryCustomers();
        InMemoryChangeHistory history = new InMemoryChangeHistory();
        OrgPorts ports = new OrgPorts(orgs, tills, settings, programs, cardSeries, hierarchies, companies,
                new InMemoryTransactions(orgs, tills, settings, programs, cardSeries, hierarchies, companies, customers, history));
        return new InMemoryWorld(ports, customers, history);
    }

    public CustomerPorts customerPorts() {
        return new CustomerPorts(ports, customers, history);
    }
}

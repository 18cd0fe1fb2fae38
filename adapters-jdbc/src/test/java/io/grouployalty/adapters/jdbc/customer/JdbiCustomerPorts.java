package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.adapters.jdbc.card.JdbiCardSeries;
import io.grouployalty.adapters.jdbc.company.JdbiCompanies;
import io.grouployalty.adapters.jdbc.hierarchy.JdbiHierarchies;
import io.grouployalty.adapters.jdbc.org.JdbiOrgSettings;
import io.grouployalty.adapters.jdbc.org.JdbiOrgs;
import io.grouployalty.adapters.jdbc.org.JdbiTills;
import io.grouployalty.adapters.jdbc.program.JdbiPrograms;
import io.grouployalty.application.contract.CustomerPorts;
import io.grouployalty.application.contract.OrgPorts;
import org.jdbi.v3.core.Jdbi;

/** Every port on PostgreSQL over one JDBI. */
public final class JdbiCustomerPorts {

    private JdbiCustomerPorts() {
    }

    public static CustomerPorts over(Jdbi jdbi) {
        OrgPorts orgPorts = new OrgPorts(new JdbiOrgs(jdbi), new JdbiTills(jdbi), new JdbiOrgSettings(jdbi), new JdbiPrograms(jdbi),
                new JdbiCardSeries(jdbi), new JdbiHierarchies(jdbi), new JdbiCompanies(jdbi), new JdbiTransactions(jdbi, LockWaits.unbounded()));
        return new CustomerPorts(orgPorts, new JdbiCustomers(jdbi), new JdbiChangeHistory(jdbi));
    }
}

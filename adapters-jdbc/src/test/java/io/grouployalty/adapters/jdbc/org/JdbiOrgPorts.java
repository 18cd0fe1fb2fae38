package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.adapters.jdbc.card.JdbiCardSeries;
import io.grouployalty.adapters.jdbc.company.JdbiCompanies;
import io.grouployalty.adapters.jdbc.hierarchy.JdbiHierarchies;
import io.grouployalty.adapters.jdbc.program.JdbiPrograms;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.OrgPorts;
import org.jdbi.v3.core.Jdbi;

/** The org ports on a freshly migrated database of one test class. */
public final class JdbiOrgPorts {

    private JdbiOrgPorts() {
    }

    public static OrgPorts onANewDatabase() {
        Jdbi jdbi = TestDatabases.migrated().jdbi();
        return new OrgPorts(new JdbiOrgs(jdbi), new JdbiTills(jdbi), new JdbiOrgSettings(jdbi), new JdbiPrograms(jdbi),
                new JdbiCardSeries(jdbi), new JdbiHierarchies(jdbi), new JdbiCompanies(jdbi), new JdbiTransactions(jdbi, LockWaits.unbounded()));
    }
}

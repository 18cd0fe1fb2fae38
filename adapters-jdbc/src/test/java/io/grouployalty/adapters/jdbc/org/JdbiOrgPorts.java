package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.OrgPorts;
import org.jdbi.v3.core.Jdbi;

/** The org ports on a freshly migrated database of one test class. */
final class JdbiOrgPorts {

    private JdbiOrgPorts() {
    }

    static OrgPorts onANewDatabase() {
        Jdbi jdbi = TestDatabases.migrated().jdbi();
        return new OrgPorts(new JdbiOrgs(jdbi), new JdbiTills(jdbi), new JdbiOrgSettings(jdbi), new JdbiTransactions(jdbi));
    }
}

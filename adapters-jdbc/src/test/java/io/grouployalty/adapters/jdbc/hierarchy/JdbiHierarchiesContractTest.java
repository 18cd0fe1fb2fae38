package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.adapters.jdbc.org.JdbiOrgPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.HierarchiesContract;

class JdbiHierarchiesContractTest extends HierarchiesContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.HierarchiesContract;

class JdbiHierarchiesContractTest extends HierarchiesContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

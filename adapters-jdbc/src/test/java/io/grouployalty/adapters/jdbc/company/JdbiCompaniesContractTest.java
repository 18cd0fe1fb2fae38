package io.grouployalty.adapters.jdbc.company;

import io.grouployalty.adapters.jdbc.org.JdbiOrgPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.CompaniesContract;

class JdbiCompaniesContractTest extends CompaniesContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

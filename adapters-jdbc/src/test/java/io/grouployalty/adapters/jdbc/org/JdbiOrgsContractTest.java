package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.OrgsContract;

class JdbiOrgsContractTest extends OrgsContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

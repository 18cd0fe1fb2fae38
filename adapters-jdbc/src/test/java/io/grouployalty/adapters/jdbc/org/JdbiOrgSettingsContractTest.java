package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.OrgSettingsAdminContract;

class JdbiOrgSettingsContractTest extends OrgSettingsAdminContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.OrgSettingsAdminContract;

class RecentOrgSettingsContractTest extends OrgSettingsAdminContract {

    private final OrgPorts ports = new RecentReferenceData().recent;

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

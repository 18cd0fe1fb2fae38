package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.CompaniesContract;

class InMemoryCompaniesContractTest extends CompaniesContract {

    private final OrgPorts ports = InMemoryOrgPorts.create();

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.HierarchiesContract;

class InMemoryHierarchiesContractTest extends HierarchiesContract {

    private final OrgPorts ports = InMemoryOrgPorts.create();

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

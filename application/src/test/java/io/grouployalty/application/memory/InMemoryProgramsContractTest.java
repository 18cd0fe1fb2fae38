package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.ProgramsContract;

class InMemoryProgramsContractTest extends ProgramsContract {

    private final OrgPorts ports = InMemoryOrgPorts.create();

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

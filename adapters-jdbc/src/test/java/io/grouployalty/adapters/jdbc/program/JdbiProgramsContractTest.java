package io.grouployalty.adapters.jdbc.program;

import io.grouployalty.adapters.jdbc.org.JdbiOrgPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.ProgramsContract;

class JdbiProgramsContractTest extends ProgramsContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

package io.grouployalty.adapters.jdbc;

import io.grouployalty.adapters.jdbc.org.JdbiOrgPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.TransactionsContract;

class JdbiTransactionsContractTest extends TransactionsContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

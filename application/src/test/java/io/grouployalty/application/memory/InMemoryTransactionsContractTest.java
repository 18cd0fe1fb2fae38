package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.TransactionsContract;

class InMemoryTransactionsContractTest extends TransactionsContract {

    private final OrgPorts ports = InMemoryOrgPorts.create();

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

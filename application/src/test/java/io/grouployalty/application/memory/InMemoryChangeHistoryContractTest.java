package io.grouployalty.application.memory;

import io.grouployalty.application.contract.ChangeHistoryContract;
import io.grouployalty.application.contract.CustomerPorts;

class InMemoryChangeHistoryContractTest extends ChangeHistoryContract {

    private final CustomerPorts ports = InMemoryWorld.create().customerPorts();

    @Override
    protected CustomerPorts ports() {
        return ports;
    }
}

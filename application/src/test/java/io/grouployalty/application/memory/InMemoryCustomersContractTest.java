package io.grouployalty.application.memory;

import io.grouployalty.application.contract.CustomersContract;
import io.grouployalty.application.contract.CustomerPorts;

class InMemoryCustomersContractTest extends CustomersContract {

    private final CustomerPorts ports = InMemoryWorld.create().customerPorts();

    @Override
    protected CustomerPorts ports() {
        return ports;
    }
}

package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.CustomersContract;
import io.grouployalty.application.contract.CustomerPorts;

class JdbiCustomersContractTest extends CustomersContract {

    private static final CustomerPorts PORTS = JdbiCustomerPorts.over(TestDatabases.migrated().jdbi());

    @Override
    protected CustomerPorts ports() {
        return PORTS;
    }
}

package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.ChangeHistoryContract;
import io.grouployalty.application.contract.CustomerPorts;

class JdbiChangeHistoryContractTest extends ChangeHistoryContract {

    private static final CustomerPorts PORTS = JdbiCustomerPorts.over(TestDatabases.migrated().jdbi());

    @Override
    protected CustomerPorts ports() {
        return PORTS;
    }
}

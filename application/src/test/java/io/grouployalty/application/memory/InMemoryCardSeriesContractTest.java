package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.CardSeriesContract;

class InMemoryCardSeriesContractTest extends CardSeriesContract {

    private final OrgPorts ports = InMemoryOrgPorts.create();

    @Override
    protected OrgPorts ports() {
        return ports;
    }
}

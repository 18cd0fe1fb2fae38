package io.grouployalty.adapters.jdbc.card;

import io.grouployalty.adapters.jdbc.org.JdbiOrgPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.contract.CardSeriesContract;

class JdbiCardSeriesContractTest extends CardSeriesContract {

    private static final OrgPorts PORTS = JdbiOrgPorts.onANewDatabase();

    @Override
    protected OrgPorts ports() {
        return PORTS;
    }
}

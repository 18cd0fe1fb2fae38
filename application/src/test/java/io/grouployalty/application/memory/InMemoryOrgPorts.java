package io.grouployalty.application.memory;

import io.grouployalty.application.contract.OrgPorts;

/** The org ports over fresh in-memory tables, sharing one in-memory transaction manager. */
public final class InMemoryOrgPorts {

    private InMemoryOrgPorts() {
    }

    public static OrgPorts create() {
        return InMemoryWorld.create().ports();
    }
}

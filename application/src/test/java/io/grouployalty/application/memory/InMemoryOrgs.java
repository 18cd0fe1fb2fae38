package io.grouployalty.application.memory;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryOrgs extends InMemoryTable<OrgId, Org> implements Orgs {

    @Override
    public synchronized void save(Org org) {
        rows = rows.put(org.id(), org);
    }

    @Override
    public synchronized Option<Org> find(OrgId id) {
        return rows.get(id);
    }

    @Override
    public synchronized List<Org> all() {
        return rows.values().toList().sortBy(org -> org.id().value());
    }

    /** Nothing to hold: {@link InMemoryTransactions} runs one unit of work at a time. */
    @Override
    public void lock(OrgId id) {
    }
}

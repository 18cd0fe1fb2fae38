package io.grouployalty.application.memory;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;

public final class InMemoryChangeHistory extends InMemoryTable<OrgId, List<Change>> implements ChangeHistory {

    @Override
    public synchronized void record(OrgId org, Change change) {
        rows = rows.put(org, rows.get(org).getOrElse(List.empty()).prepend(change));
    }

    @Override
    public synchronized Page<Change> of(OrgId org, CustomerId customer, int limit, int offset) {
        List<Change> changes = rows.get(org).getOrElse(List.empty()).filter(change -> change.customer().equals(customer));
        return new Page<>(changes.drop(offset).take(limit), changes.size());
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.ChangeId;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;

import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryChangeHistory extends InMemoryTable<OrgId, List<RecordedChange>> implements ChangeHistory {

    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized void record(OrgId org, Change change) {
        rows = rows.put(org, rows.get(org).getOrElse(List.empty()).prepend(new RecordedChange(new ChangeId(ids.incrementAndGet()), change)));
    }

    @Override
    public synchronized Page<RecordedChange> of(OrgId org, CustomerId customer, int limit, int offset) {
        List<RecordedChange> changes = rows.get(org).getOrElse(List.empty()).filter(recorded -> recorded.change().customer().equals(customer));
        return new Page<>(changes.drop(offset).take(limit), changes.size());
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryHierarchies extends InMemoryTable<Tuple2<OrgId, HierarchyId>, Hierarchy> implements Hierarchies {

    private final AtomicLong ids = new AtomicLong();

    @Override
    public HierarchyId nextId() {
        return new HierarchyId(ids.incrementAndGet());
    }

    @Override
    public synchronized Option<Hierarchy> byId(OrgId org, HierarchyId id) {
        return rows.get(Tuple.of(org, id));
    }

    @Override
    public synchronized Option<Hierarchy> byCode(OrgId org, HierarchyCode code) {
        return all(org).find(hierarchy -> hierarchy.code().equals(code));
    }

    @Override
    public synchronized List<Hierarchy> all(OrgId org) {
        return rows.filterKeys(key -> key._1.equals(org)).values().toList().sortBy(hierarchy -> hierarchy.id().value());
    }

    @Override
    public synchronized void save(OrgId org, Hierarchy hierarchy) {
        if (hierarchy.isDefault()) {
            rows = rows.map((key, stored) -> Tuple.of(key, key._1.equals(org) ? stored.withoutDefault() : stored));
        }
        rows = rows.put(Tuple.of(org, hierarchy.id()), hierarchy);
    }
}

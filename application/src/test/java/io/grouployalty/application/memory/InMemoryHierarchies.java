package io.grouployalty.application.memory;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.hierarchy.RoleId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryHierarchies extends InMemoryTable<Tuple2<OrgId, HierarchyId>, Hierarchy> implements Hierarchies {

    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong roleIds = new AtomicLong();

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
    public synchronized Option<Hierarchy> locked(OrgId org, HierarchyId id) {
        return byId(org, id);
    }

    @Override
    public synchronized List<Hierarchy> all(OrgId org) {
        return rows.filterKeys(key -> key._1.equals(org)).values().toList().sortBy(hierarchy -> hierarchy.id().value());
    }

    @Override
    public synchronized Either<Rejection, Hierarchy> save(OrgId org, Hierarchy hierarchy) {
        if (all(org).exists(other -> !other.id().equals(hierarchy.id()) && other.code().equals(hierarchy.code()))) {
            return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_CODE_EXISTS, hierarchy.code()));
        }
        if (hierarchy.isDefault()) {
            rows = rows.map((key, stored) -> Tuple.of(key, key._1.equals(org) ? stored.withoutDefault() : stored));
        }
        Hierarchy stored = withRoleIds(hierarchy, rows.get(Tuple.of(org, hierarchy.id())));
        rows = rows.put(Tuple.of(org, hierarchy.id()), stored);
        return Either.right(stored);
    }

    /** The roles stored before keep their ids, place by place, and every other role gets a new one. */
    private Hierarchy withRoleIds(Hierarchy hierarchy, Option<Hierarchy> before) {
        RoleChain kept = before.map(stored -> hierarchy.roles().withIdsOf(stored.roles())).getOrElse(hierarchy.roles());
        RoleChain identified = new RoleChain(kept.roles().map(role -> role.id().isDefined() ? role : role.withId(new RoleId(roleIds.incrementAndGet()))));
        return new Hierarchy(hierarchy.id(), hierarchy.code(), hierarchy.name(), hierarchy.description(), identified, hierarchy.active(),
                hierarchy.isDefault(), hierarchy.autoGroupCreationEnabled(), hierarchy.hierarchyCreationStrict(), hierarchy.skipRoleAllowed(),
                hierarchy.createdOn());
    }
}

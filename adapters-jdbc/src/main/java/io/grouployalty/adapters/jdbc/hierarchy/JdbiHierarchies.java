package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiHierarchies implements Hierarchies {

    private static final HierarchyRowMapper ROWS = HierarchyRowMapper.INSTANCE;

    private final Dao<HierarchyDao> dao;

    public JdbiHierarchies(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, HierarchyDao.class);
    }

    @Override
    public HierarchyId nextId() {
        return new HierarchyId(dao.get().nextId());
    }

    @Override
    public Option<Hierarchy> byId(OrgId org, HierarchyId id) {
        return find(org, id.value(), null).headOption();
    }

    @Override
    public Option<Hierarchy> byCode(OrgId org, HierarchyCode code) {
        return find(org, null, code.value()).headOption();
    }

    @Override
    public Option<Hierarchy> locked(OrgId org, HierarchyId id) {
        return withRoles(org, List.ofAll(dao.get().locked(org.value(), id.value(), JdbiTransactions.lockWait()).stream())).headOption();
    }

    @Override
    public List<Hierarchy> all(OrgId org) {
        return find(org, null, null);
    }

    @Override
    public Either<Rejection, Hierarchy> save(OrgId org, Hierarchy hierarchy) {
        long id = hierarchy.id().value();
        if (hierarchy.isDefault()) {
            dao.get().clearDefaultsBut(org.value(), id);
        }
        HierarchyRow row = ROWS.row(hierarchy);
        if (!dao.get().update(org.value(), row) && !dao.get().insertUnlessCodeTaken(org.value(), row)) {
            return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_CODE_EXISTS, hierarchy.code()));
        }
        List<io.grouployalty.domain.hierarchy.Role> roles = hierarchy.roles().roles();
        dao.get().deleteRolesFrom(org.value(), id, roles.size());
        dao.get().upsertRoles(org.value(), roles.zipWithIndex().map(role -> ROWS.row(id, role._2, role._1)).toJavaList());
        return Either.right(withRoles(org, List.of(row)).head());
    }

    private List<Hierarchy> find(OrgId org, Long id, String code) {
        return withRoles(org, List.ofAll(dao.get().find(org.value(), id, code)));
    }

    private List<Hierarchy> withRoles(OrgId org, List<HierarchyRow> rows) {
        if (rows.isEmpty()) {
            return List.empty();
        }
        java.util.List<RoleRow> roleRows = dao.get().roles(org.value(), rows.map(HierarchyRow::hierarchyId).toJavaStream().mapToLong(Long::longValue).toArray());
        Map<Long, List<RoleRow>> rolesByHierarchy = List.ofAll(roleRows).groupBy(RoleRow::hierarchyId);
        return rows.map(row -> ROWS.hierarchy(row, new RoleChain(rolesByHierarchy.get(row.hierarchyId()).getOrElse(List.empty())
                .sortBy(RoleRow::position).map(ROWS::role))));
    }
}

package io.grouployalty.adapters.jdbc.hierarchy;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

interface HierarchyDao {

    @SqlQuery
    long nextId();

    /** Hierarchies of the org, all of them or the one of {@code id} or of {@code code}. */
    @SqlQuery
    @RegisterConstructorMapper(HierarchyRow.class)
    List<HierarchyRow> find(@Bind("orgId") long orgId, @Bind("id") Long id, @Bind("code") String code);

    /** The hierarchy of {@code id}, locked until the transaction ends. */
    @SqlQuery
    @RegisterConstructorMapper(HierarchyRow.class)
    Optional<HierarchyRow> locked(@Bind("orgId") long orgId, @Bind("id") long id, @Define("wait") String wait);

    @SqlQuery
    @RegisterConstructorMapper(RoleRow.class)
    List<RoleRow> roles(@Bind("orgId") long orgId, @Bind("ids") long[] hierarchyIds);

    @SqlUpdate
    void clearDefaultsBut(@Bind("orgId") long orgId, @Bind("id") long hierarchyId);

    /** Updates the stored hierarchy of this id; answers whether there was one. */
    @SqlUpdate
    boolean update(@Bind("orgId") long orgId, @BindMethods HierarchyRow row);

    /** Inserts a new hierarchy; answers false, inserting nothing, when another one of the org holds the code. */
    @SqlUpdate
    boolean insertUnlessCodeTaken(@Bind("orgId") long orgId, @BindMethods HierarchyRow row);

    @SqlUpdate
    void deleteRolesFrom(@Bind("orgId") long orgId, @Bind("id") long hierarchyId, @Bind("position") int position);

    @SqlBatch
    void upsertRoles(@Bind("orgId") long orgId, @BindMethods List<RoleRow> roles);
}

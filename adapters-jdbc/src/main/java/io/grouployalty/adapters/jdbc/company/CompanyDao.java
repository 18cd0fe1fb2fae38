package io.grouployalty.adapters.jdbc.company;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CompanyRow.class)
interface CompanyDao {

    @SqlQuery
    long nextId();

    @SqlQuery
    Optional<CompanyRow> byId(@Bind("orgId") long orgId, @Bind("id") long id);

    @SqlQuery
    Optional<CompanyRow> byExternalId(@Bind("orgId") long orgId, @Bind("externalId") String externalId);

    /** The companies of these ids, locked in id order until the transaction ends. */
    @SqlQuery
    List<CompanyRow> locked(@Bind("orgId") long orgId, @Bind("ids") long[] ids, @Define("wait") String wait);

    @SqlQuery
    List<CompanyRow> childrenOf(@Bind("orgId") long orgId, @Bind("parentId") long parentId);

    /** One page; {@code direction} is the literal asc or desc, chosen by the adapter, never by a caller. */
    @SqlQuery
    List<CompanyRow> page(@Bind("orgId") long orgId, @Bind("active") Boolean active, @Define("direction") String direction,
                          @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    long count(@Bind("orgId") long orgId, @Bind("active") Boolean active);

    /** Updates the stored company of this id; answers whether there was one. */
    @SqlUpdate
    boolean update(@Bind("orgId") long orgId, @BindMethods CompanyRow row);

    /** Inserts a new company; answers false, inserting nothing, when another one of the org holds the externalId. */
    @SqlUpdate
    boolean insertUnlessExternalIdTaken(@Bind("orgId") long orgId, @BindMethods CompanyRow row);
}

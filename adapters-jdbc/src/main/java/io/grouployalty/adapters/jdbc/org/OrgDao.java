package io.grouployalty.adapters.jdbc.org;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(OrgRow.class)
interface OrgDao {

    @SqlUpdate
    void save(@Bind("orgId") long orgId, @Bind("name") String name, @Bind("timeZone") String timeZone);

    @SqlQuery
    Optional<OrgRow> find(@Bind("orgId") long orgId);

    @SqlQuery
    List<OrgRow> all();

    @SqlQuery
    Optional<Long> locked(@Bind("orgId") long orgId, @Define("wait") String wait);
}

package io.grouployalty.adapters.jdbc.customer;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(ChangeRow.class)
interface ChangeHistoryDao {

    @SqlUpdate
    void record(@Bind("orgId") long orgId, @BindMethods ChangeRow row);

    @SqlQuery
    List<ChangeRow> of(@Bind("orgId") long orgId, @Bind("customerId") long customerId, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    long count(@Bind("orgId") long orgId, @Bind("customerId") long customerId);
}

package io.grouployalty.adapters.jdbc.org;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(TillRow.class)
interface TillDao {

    @SqlQuery
    Optional<TillRow> find(@Bind("code") String code);

    @SqlQuery
    List<TillRow> ofOrg(@Bind("orgId") long orgId);

    /** Answers the codes it wrote; a code of another org is not written and not answered. */
    @SqlQuery
    List<String> upsertEnabled(@Bind("orgId") long orgId, @Bind("codes") String[] codes, @Bind("hashes") String[] hashes);

    @SqlUpdate
    void disableAllBut(@Bind("orgId") long orgId, @Bind("codes") String[] codes);
}

package io.grouployalty.adapters.jdbc.program;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

interface ProgramDao {

    /** The tiers of the org's programs, all of them or those of {@code programId}; only enabled ones when {@code enabledOnly}. */
    @SqlQuery
    @RegisterConstructorMapper(TierRow.class)
    List<TierRow> tiers(@Bind("orgId") long orgId, @Bind("programId") Long programId, @Bind("enabledOnly") boolean enabledOnly);

    @SqlUpdate
    void enablePrograms(@Bind("orgId") long orgId, @Bind("ids") long[] ids, @Bind("names") String[] names);

    @SqlUpdate
    void disableProgramsBut(@Bind("orgId") long orgId, @Bind("ids") long[] ids);

    @SqlUpdate
    void enableTiers(@Bind("orgId") long orgId, @Bind("programIds") long[] programIds, @Bind("numbers") int[] numbers,
                     @Bind("names") String[] names);

    @SqlUpdate
    void disableTiersBut(@Bind("orgId") long orgId, @Bind("programIds") long[] programIds, @Bind("numbers") int[] numbers);
}

package io.grouployalty.adapters.jdbc.card;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

interface CardSeriesDao {

    /** The enabled series of the org with their labels (one row per label; a series without labels has a null one). */
    @SqlQuery
    @RegisterConstructorMapper(LabelRow.class)
    List<LabelRow> series(@Bind("orgId") long orgId, @Bind("seriesId") Long seriesId, @Bind("code") String code);

    @SqlUpdate
    void disableAll(@Bind("orgId") long orgId);

    @SqlUpdate
    void enable(@Bind("orgId") long orgId, @Bind("ids") long[] ids, @Bind("codes") String[] codes, @Bind("maxActive") int[] maxActive);

    @SqlUpdate
    void deleteLabels(@Bind("orgId") long orgId, @Bind("ids") long[] ids);

    @SqlUpdate
    void insertLabels(@Bind("orgId") long orgId, @Bind("ids") long[] ids, @Bind("labels") String[] labels,
                      @Bind("statuses") String[] statuses);
}

package io.grouployalty.adapters.jdbc.org;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(SourceRow.class)
interface OrgSettingsDao {

    @SqlQuery
    List<SourceRow> enabledSources(@Bind("orgId") long orgId);

    @SqlUpdate
    void enableSources(@Bind("orgId") long orgId, @Bind("sources") String[] sources);

    @SqlUpdate
    void disableSourcesBut(@Bind("orgId") long orgId, @Bind("sources") String[] sources);

    @SqlUpdate
    void enableAccounts(@Bind("orgId") long orgId, @Bind("sources") String[] sources, @Bind("accounts") String[] accounts);

    @SqlUpdate
    void disableAccountsBut(@Bind("orgId") long orgId, @Bind("sources") String[] sources, @Bind("accounts") String[] accounts);

    @SqlQuery
    List<String> customFields(@Bind("orgId") long orgId);

    @SqlUpdate
    void enableCustomFields(@Bind("orgId") long orgId, @Bind("names") String[] names);

    @SqlUpdate
    void disableCustomFieldsBut(@Bind("orgId") long orgId, @Bind("names") String[] names);

    @SqlQuery
    @RegisterConstructorMapper(ExtendedFieldRow.class)
    List<ExtendedFieldRow> extendedFields(@Bind("orgId") long orgId);

    @SqlUpdate
    void enableExtendedFields(@Bind("orgId") long orgId, @Bind("names") String[] names, @Bind("types") String[] types,
                              @Bind("maxLengths") Integer[] maxLengths);

    @SqlUpdate
    void disableExtendedFieldsBut(@Bind("orgId") long orgId, @Bind("names") String[] names);
}

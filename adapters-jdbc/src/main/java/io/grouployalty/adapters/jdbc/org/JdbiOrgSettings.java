package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import org.jdbi.v3.core.Jdbi;

public final class JdbiOrgSettings implements OrgSettingsAdmin {

    private static final OrgSource INSTORE = OrgSource.singleAccount(Source.INSTORE);

    private final Dao<OrgSettingsDao> dao;

    public JdbiOrgSettings(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, OrgSettingsDao.class);
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        java.util.List<SourceRow> rows = dao.get().enabledSources(org.value());
        List<OrgSource> stored = List.ofAll(rows).map(SourceRow::toOrgSource);
        return stored.prepend(INSTORE).sortBy(source -> source.source().ordinal());
    }

    @Override
    public void replaceSources(OrgId org, List<OrgSource> sources) {
        List<OrgSource> declared = sources.filter(source -> !source.source().alwaysEnabled());
        String[] names = declared.map(source -> source.source().name()).toJavaArray(String[]::new);
        List<Tuple2<String, String>> accounts = declared.flatMap(source ->
                source.accounts().map(account -> new Tuple2<>(source.source().name(), account.value())));
        String[] accountSources = accounts.map(Tuple2::_1).toJavaArray(String[]::new);
        String[] accountIds = accounts.map(Tuple2::_2).toJavaArray(String[]::new);

        dao.get().enableSources(org.value(), names);
        dao.get().disableSourcesBut(org.value(), names);
        dao.get().enableAccounts(org.value(), accountSources, accountIds);
        dao.get().disableAccountsBut(org.value(), accountSources, accountIds);
    }

    @Override
    public List<String> customFields(OrgId org) {
        java.util.List<String> names = dao.get().customFields(org.value());
        return List.ofAll(names);
    }

    @Override
    public void replaceCustomFields(OrgId org, List<String> names) {
        String[] declared = names.toJavaArray(String[]::new);
        dao.get().enableCustomFields(org.value(), declared);
        dao.get().disableCustomFieldsBut(org.value(), declared);
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        java.util.List<ExtendedFieldRow> rows = dao.get().extendedFields(org.value());
        return List.ofAll(rows).map(ExtendedFieldRow::toDefinition);
    }

    @Override
    public void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        String[] names = fields.map(ExtendedFieldDefinition::name).toJavaArray(String[]::new);
        dao.get().enableExtendedFields(org.value(), names, fields.map(field -> field.type().name()).toJavaArray(String[]::new),
                fields.map(field -> field.maxLength().getOrNull()).toJavaArray(Integer[]::new));
        dao.get().disableExtendedFieldsBut(org.value(), names);
    }
}

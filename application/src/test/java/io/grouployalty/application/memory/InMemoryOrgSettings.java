package io.grouployalty.application.memory;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;

public final class InMemoryOrgSettings extends InMemoryTable<OrgId, InMemoryOrgSettings.Settings> implements OrgSettingsAdmin {

    record Settings(List<OrgSource> sources, List<String> customFields, List<ExtendedFieldDefinition> extendedFields) {
        static final Settings NONE = new Settings(List.empty(), List.empty(), List.empty());
    }

    private Settings of(OrgId org) {
        return rows.get(org).getOrElse(Settings.NONE);
    }

    @Override
    public synchronized List<OrgSource> enabledSources(OrgId org) {
        List<OrgSource> declared = of(org).sources().filter(source -> !source.source().alwaysEnabled());
        return declared.prepend(OrgSource.singleAccount(Source.INSTORE)).sortBy(source -> source.source().ordinal());
    }

    @Override
    public synchronized void replaceSources(OrgId org, List<OrgSource> sources) {
        Settings current = of(org);
        rows = rows.put(org, new Settings(sources, current.customFields(), current.extendedFields()));
    }

    @Override
    public synchronized List<String> customFields(OrgId org) {
        return of(org).customFields();
    }

    @Override
    public synchronized void replaceCustomFields(OrgId org, List<String> names) {
        Settings current = of(org);
        rows = rows.put(org, new Settings(current.sources(), names, current.extendedFields()));
    }

    @Override
    public synchronized List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        return of(org).extendedFields();
    }

    @Override
    public synchronized void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        Settings current = of(org);
        rows = rows.put(org, new Settings(current.sources(), current.customFields(), fields));
    }
}

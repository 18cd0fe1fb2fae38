package io.grouployalty.application.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.Lazy;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/** An org's settings read once for a whole batch: every item of a batch is judged against the same settings. */
final class SettingsSnapshot implements OrgSettings {

    private final OrgSettings settings;
    private Map<OrgId, Lazy<List<OrgSource>>> sources = HashMap.empty();
    private Map<OrgId, Lazy<List<String>>> customFields = HashMap.empty();
    private Map<OrgId, Lazy<List<ExtendedFieldDefinition>>> extendedFields = HashMap.empty();

    SettingsSnapshot(OrgSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        sources = sources.computeIfAbsent(org, key -> Lazy.of(() -> settings.enabledSources(key)))._2;
        return sources.get(org).get().get();
    }

    @Override
    public void replaceSources(OrgId org, List<OrgSource> declared) {
        throw new IllegalStateException("a batch never changes the org's settings");
    }

    @Override
    public List<String> customFields(OrgId org) {
        customFields = customFields.computeIfAbsent(org, key -> Lazy.of(() -> settings.customFields(key)))._2;
        return customFields.get(org).get().get();
    }

    @Override
    public void replaceCustomFields(OrgId org, List<String> names) {
        throw new IllegalStateException("a batch never changes the org's settings");
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        extendedFields = extendedFields.computeIfAbsent(org, key -> Lazy.of(() -> settings.extendedFields(key)))._2;
        return extendedFields.get(org).get().get();
    }

    @Override
    public void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        throw new IllegalStateException("a batch never changes the org's settings");
    }
}

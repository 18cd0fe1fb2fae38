package io.grouployalty.application.org;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.collection.List;

import java.time.Clock;
import java.time.Duration;

/**
 * An org's settings as read at most {@code bound} ago: org files change them from another process, and a change
 * applied there is honoured within that bound (API.md §6.21). Changes made through this instance are seen at once.
 */
public final class RecentOrgSettings implements OrgSettings {

    private final OrgSettings stored;
    private final Recent<OrgId, List<OrgSource>> sources;
    private final Recent<OrgId, List<String>> customFields;
    private final Recent<OrgId, List<ExtendedFieldDefinition>> extendedFields;

    public RecentOrgSettings(OrgSettings stored, Duration bound, Clock clock) {
        this.stored = stored;
        this.sources = new Recent<>(bound, clock);
        this.customFields = new Recent<>(bound, clock);
        this.extendedFields = new Recent<>(bound, clock);
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        return sources.get(org, () -> stored.enabledSources(org));
    }

    @Override
    public void replaceSources(OrgId org, List<OrgSource> declared) {
        stored.replaceSources(org, declared);
        sources.forget(org);
    }

    @Override
    public List<String> customFields(OrgId org) {
        return customFields.get(org, () -> stored.customFields(org));
    }

    @Override
    public void replaceCustomFields(OrgId org, List<String> names) {
        stored.replaceCustomFields(org, names);
        customFields.forget(org);
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        return extendedFields.get(org, () -> stored.extendedFields(org));
    }

    @Override
    public void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        stored.replaceExtendedFields(org, fields);
        extendedFields.forget(org);
    }
}

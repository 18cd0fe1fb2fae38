package io.grouployalty.application.org;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.collection.List;

/**
 * An org's settings as read at most the bound of {@link RecentReads} ago: org files change them from another process,
 * and a change applied there is honoured within that bound (API.md §6.21). Changes made through this instance are
 * seen at once.
 */
public final class RecentOrgSettings implements OrgSettingsAdmin {

    private final OrgSettingsAdmin stored;
    private final LoadingCache<OrgId, List<OrgSource>> sources;
    private final LoadingCache<OrgId, List<String>> customFields;
    private final LoadingCache<OrgId, List<ExtendedFieldDefinition>> extendedFields;

    public RecentOrgSettings(OrgSettingsAdmin stored, RecentReads reads) {
        this.stored = stored;
        this.sources = reads.of(stored::enabledSources);
        this.customFields = reads.of(stored::customFields);
        this.extendedFields = reads.of(stored::extendedFields);
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        return sources.get(org);
    }

    @Override
    public void replaceSources(OrgId org, List<OrgSource> declared) {
        stored.replaceSources(org, declared);
        sources.invalidate(org);
    }

    @Override
    public List<String> customFields(OrgId org) {
        return customFields.get(org);
    }

    @Override
    public void replaceCustomFields(OrgId org, List<String> names) {
        stored.replaceCustomFields(org, names);
        customFields.invalidate(org);
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        return extendedFields.get(org);
    }

    @Override
    public void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        stored.replaceExtendedFields(org, fields);
        extendedFields.invalidate(org);
    }
}

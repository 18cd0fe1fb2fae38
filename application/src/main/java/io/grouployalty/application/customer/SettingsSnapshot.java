package io.grouployalty.application.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.Function1;
import io.vavr.collection.List;

/** An org's settings read once for a whole batch: every item of a batch is judged against the same settings. */
final class SettingsSnapshot implements OrgSettings {

    private final Function1<OrgId, List<OrgSource>> sources;
    private final Function1<OrgId, List<String>> customFields;
    private final Function1<OrgId, List<ExtendedFieldDefinition>> extendedFields;

    SettingsSnapshot(OrgSettings settings) {
        this.sources = Function1.of(settings::enabledSources).memoized();
        this.customFields = Function1.of(settings::customFields).memoized();
        this.extendedFields = Function1.of(settings::extendedFields).memoized();
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        return sources.apply(org);
    }

    @Override
    public List<String> customFields(OrgId org) {
        return customFields.apply(org);
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        return extendedFields.apply(org);
    }
}

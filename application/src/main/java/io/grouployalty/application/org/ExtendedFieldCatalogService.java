package io.grouployalty.application.org;

import io.grouployalty.application.port.in.ListExtendedFields;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgSettings;
import io.vavr.collection.List;

/** Reads the extended field definitions of the caller's org. */
public final class ExtendedFieldCatalogService implements ListExtendedFields {

    private final OrgSettings settings;

    public ExtendedFieldCatalogService(OrgSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(Caller caller) {
        return settings.extendedFields(caller.org());
    }
}

package io.grouployalty.domain.org;

import io.vavr.collection.List;

/** What an org has switched on, as rules and reads see it: its sources and their accounts, and the fields its customers may carry. */
public interface OrgSettings {

    /** The enabled sources of the org, INSTORE always among them, in the order of {@link Source}. */
    List<OrgSource> enabledSources(OrgId org);

    /** The names allowed in a profile's {@code fields}, in the order they were declared. */
    List<String> customFields(OrgId org);

    /** The customer-level typed fields, in the order they were declared. */
    List<ExtendedFieldDefinition> extendedFields(OrgId org);
}

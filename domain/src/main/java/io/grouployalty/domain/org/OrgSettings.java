package io.grouployalty.domain.org;

import io.vavr.collection.List;

/** What an org has switched on: its sources and their accounts, and the fields its customers may carry. */
public interface OrgSettings {

    /** The enabled sources of the org, INSTORE always among them, in the order of {@link Source}. */
    List<OrgSource> enabledSources(OrgId org);

    /** Makes {@code sources} the complete set of enabled sources and accounts; the rest are disabled. */
    void replaceSources(OrgId org, List<OrgSource> sources);

    /** The names allowed in a profile's {@code fields}, in the order they were declared. */
    List<String> customFields(OrgId org);

    /** Makes {@code names} the complete set of custom fields; the rest are disabled. */
    void replaceCustomFields(OrgId org, List<String> names);

    /** The customer-level typed fields, in the order they were declared. */
    List<ExtendedFieldDefinition> extendedFields(OrgId org);

    /** Makes {@code fields} the complete set of extended fields; the rest are disabled. */
    void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields);
}

package io.grouployalty.domain.org;

import io.vavr.collection.List;

/** The org's settings as org setup changes them: each section an org file declares replaces what was enabled before. */
public interface OrgSettingsAdmin extends OrgSettings {

    /** Makes {@code sources} the complete set of enabled sources and accounts; the rest are disabled. */
    void replaceSources(OrgId org, List<OrgSource> sources);

    /** Makes {@code names} the complete set of custom fields; the rest are disabled. */
    void replaceCustomFields(OrgId org, List<String> names);

    /** Makes {@code fields} the complete set of extended fields; the rest are disabled. */
    void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields);
}

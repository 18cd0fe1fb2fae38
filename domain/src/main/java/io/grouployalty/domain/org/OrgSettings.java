package io.grouployalty.domain.org;

import io.vavr.collection.List;

/** What an org has switched on: its sources and their accounts. */
public interface OrgSettings {

    /** The enabled sources of the org, INSTORE always among them, in the order of {@link Source}. */
    List<OrgSource> enabledSources(OrgId org);

    /** Makes {@code sources} the complete set of enabled sources and accounts; the rest are disabled. */
    void replaceSources(OrgId org, List<OrgSource> sources);
}

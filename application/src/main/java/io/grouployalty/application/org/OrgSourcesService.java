package io.grouployalty.application.org;

import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.collection.List;

/** Reads an org's enabled sources, confined to the caller's org. */
public final class OrgSourcesService implements ReadOrgSources {

    private final OrgSettings settings;

    public OrgSourcesService(OrgSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<OrgSource> sourcesOf(Caller caller) {
        return settings.enabledSources(caller.org());
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;

public final class InMemoryOrgSettings extends InMemoryTable<OrgId, List<OrgSource>> implements OrgSettings {

    @Override
    public synchronized List<OrgSource> enabledSources(OrgId org) {
        List<OrgSource> declared = rows.get(org).getOrElse(List.empty());
        List<OrgSource> all = declared.exists(source -> source.source().alwaysEnabled())
                ? declared
                : declared.prepend(OrgSource.singleAccount(Source.INSTORE));
        return all.sortBy(source -> source.source().ordinal());
    }

    @Override
    public synchronized void replaceSources(OrgId org, List<OrgSource> sources) {
        rows = rows.put(org, sources);
    }
}

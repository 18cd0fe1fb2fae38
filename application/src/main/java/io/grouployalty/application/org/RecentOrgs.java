package io.grouployalty.application.org;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Orgs as read at most the bound of {@link RecentReads} ago, like {@link RecentOrgSettings}. */
public final class RecentOrgs implements Orgs {

    private final Orgs stored;
    private final LoadingCache<OrgId, Option<Org>> orgs;

    public RecentOrgs(Orgs stored, RecentReads reads) {
        this.stored = stored;
        this.orgs = reads.of(stored::find);
    }

    @Override
    public void save(Org org) {
        stored.save(org);
        orgs.invalidate(org.id());
    }

    @Override
    public Option<Org> find(OrgId id) {
        return orgs.get(id);
    }

    @Override
    public List<Org> all() {
        return stored.all();
    }

    @Override
    public void lock(OrgId id) {
        stored.lock(id);
    }
}

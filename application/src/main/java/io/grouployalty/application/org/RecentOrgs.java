package io.grouployalty.application.org;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;

/** Orgs as read at most {@code bound} ago, like {@link RecentOrgSettings}. */
public final class RecentOrgs implements Orgs {

    private final Orgs stored;
    private final Recent<OrgId, Option<Org>> orgs;

    public RecentOrgs(Orgs stored, Duration bound, Clock clock) {
        this.stored = stored;
        this.orgs = new Recent<>(bound, clock);
    }

    @Override
    public void save(Org org) {
        stored.save(org);
        orgs.forget(org.id());
    }

    @Override
    public Option<Org> find(OrgId id) {
        return orgs.get(id, () -> stored.find(id));
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

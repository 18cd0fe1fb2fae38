package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiOrgs implements Orgs {

    private final Dao<OrgDao> dao;

    public JdbiOrgs(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, OrgDao.class);
    }

    @Override
    public void save(Org org) {
        OrgRow row = OrgRow.of(org);
        dao.get().save(row.orgId(), row.name(), row.timeZone());
    }

    @Override
    public Option<Org> find(OrgId id) {
        return Option.ofOptional(dao.get().find(id.value())).map(OrgRow::toOrg);
    }

    @Override
    public List<Org> all() {
        java.util.List<OrgRow> rows = dao.get().all();
        return List.ofAll(rows).map(OrgRow::toOrg);
    }

    @Override
    public void lock(OrgId id) {
        dao.get().locked(id.value(), JdbiTransactions.lockWait());
    }
}

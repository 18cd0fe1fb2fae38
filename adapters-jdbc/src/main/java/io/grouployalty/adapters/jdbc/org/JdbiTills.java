package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.Tills;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiTills implements Tills {

    private final Dao<TillDao> dao;

    public JdbiTills(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, TillDao.class);
    }

    @Override
    public Option<Till> find(TillCode code) {
        return Option.ofOptional(dao.get().find(code.value())).map(TillRow::toTill);
    }

    @Override
    public List<Till> of(OrgId org) {
        java.util.List<TillRow> rows = dao.get().ofOrg(org.value());
        return List.ofAll(rows).map(TillRow::toTill);
    }

    @Override
    public List<TillCode> replace(OrgId org, List<Till> tills) {
        String[] codes = tills.map(till -> till.code().value()).toJavaArray(String[]::new);
        String[] hashes = tills.map(till -> till.passwordHash().value()).toJavaArray(String[]::new);
        java.util.List<String> written = dao.get().upsertEnabled(org.value(), codes, hashes);
        dao.get().disableAllBut(org.value(), codes);
        return tills.map(Till::code).filter(code -> !written.contains(code.value()));
    }
}

package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import org.jdbi.v3.core.Jdbi;

public final class JdbiChangeHistory implements ChangeHistory {

    private static final ChangeRowMapper ROWS = ChangeRowMapper.INSTANCE;

    private final Dao<ChangeHistoryDao> dao;

    public JdbiChangeHistory(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, ChangeHistoryDao.class);
    }

    @Override
    public void record(OrgId org, Change change) {
        dao.get().record(org.value(), ROWS.row(change));
    }

    @Override
    public Page<RecordedChange> of(OrgId org, CustomerId customer, int limit, int offset) {
        java.util.List<ChangeRow> rows = dao.get().of(org.value(), customer.value(), limit, offset);
        return new Page<>(List.ofAll(rows).map(ROWS::recorded), dao.get().count(org.value(), customer.value()));
    }
}

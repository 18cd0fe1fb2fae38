package io.grouployalty.adapters.jdbc.company;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiCompanies implements Companies {

    private static final CompanyRowMapper ROWS = CompanyRowMapper.INSTANCE;

    private final Dao<CompanyDao> dao;

    public JdbiCompanies(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, CompanyDao.class);
    }

    @Override
    public CompanyId nextId() {
        return new CompanyId(dao.get().nextId());
    }

    @Override
    public Option<Company> byId(OrgId org, CompanyId id) {
        return Option.ofOptional(dao.get().byId(org.value(), id.value())).map(ROWS::company);
    }

    @Override
    public Option<Company> byExternalId(OrgId org, ExternalId externalId) {
        return Option.ofOptional(dao.get().byExternalId(org.value(), externalId.value())).map(ROWS::company);
    }

    @Override
    public Option<Company> locked(OrgId org, CompanyId id) {
        return locked(org, List.of(id)).headOption();
    }

    @Override
    public List<Company> locked(OrgId org, Seq<CompanyId> ids) {
        return companies(dao.get().locked(org.value(), ids.toJavaStream().mapToLong(CompanyId::value).toArray(), JdbiTransactions.lockWait()));
    }

    @Override
    public List<Company> childrenOf(OrgId org, CompanyId parent) {
        return companies(dao.get().childrenOf(org.value(), parent.value()));
    }

    @Override
    public Page<Company> page(OrgId org, CompanyQuery query) {
        Boolean active = query.active().getOrNull();
        List<Company> items = companies(dao.get().page(org.value(), active, query.newestFirst() ? "desc" : "asc", query.limit(), query.offset()));
        return new Page<>(items, dao.get().count(org.value(), active));
    }

    @Override
    public Either<Rejection, Company> save(OrgId org, Company company) {
        CompanyRow row = ROWS.row(company);
        return dao.get().update(org.value(), row) || dao.get().insertUnlessExternalIdTaken(org.value(), row)
                ? Either.right(company)
                : Either.left(Rejection.conflict(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS, company.externalId()));
    }

    private static List<Company> companies(java.util.List<CompanyRow> rows) {
        return List.ofAll(rows).map(ROWS::company);
    }
}

package io.grouployalty.application.memory;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryCompanies extends InMemoryTable<Tuple2<OrgId, CompanyId>, Company> implements Companies {

    private static final Comparator<Company> OLDEST_FIRST =
            Comparator.comparing(Company::createdOn).thenComparing(company -> company.id().value());

    private final AtomicLong ids = new AtomicLong();

    @Override
    public CompanyId nextId() {
        return new CompanyId(ids.incrementAndGet());
    }

    @Override
    public synchronized Option<Company> byId(OrgId org, CompanyId id) {
        return rows.get(Tuple.of(org, id));
    }

    @Override
    public synchronized Option<Company> byExternalId(OrgId org, ExternalId externalId) {
        return of(org).find(company -> company.externalId().equals(externalId));
    }

    @Override
    public synchronized Option<Company> locked(OrgId org, CompanyId id) {
        return byId(org, id);
    }

    @Override
    public synchronized List<Company> locked(OrgId org, Seq<CompanyId> ids) {
        return of(org).filter(company -> ids.contains(company.id()));
    }

    @Override
    public synchronized List<Company> childrenOf(OrgId org, CompanyId parent) {
        return of(org).filter(company -> company.parent().contains(parent));
    }

    @Override
    public synchronized Page<Company> page(OrgId org, CompanyQuery query) {
        List<Company> matching = of(org).filter(company -> query.active().forAll(active -> company.active() == active))
                .sorted(query.newestFirst() ? OLDEST_FIRST.reversed() : OLDEST_FIRST);
        return new Page<>(matching.drop(query.offset()).take(query.limit()), matching.size());
    }

    @Override
    public synchronized Either<Rejection, Company> save(OrgId org, Company company) {
        if (of(org).exists(other -> !other.id().equals(company.id()) && other.externalId().equals(company.externalId()))) {
            return Either.left(Rejection.conflict(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS, company.externalId()));
        }
        rows = rows.put(Tuple.of(org, company.id()), company);
        return Either.right(company);
    }

    private List<Company> of(OrgId org) {
        return rows.filterKeys(key -> key._1.equals(org)).values().toList().sortBy(company -> company.id().value());
    }
}

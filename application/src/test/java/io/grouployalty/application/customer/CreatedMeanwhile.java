package io.grouployalty.application.customer;

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

/**
 * Companies where another request created the company of {@code externalId} just after an item looked for it: the first
 * look finds none, as it would have a moment before the other request committed; the race that only the store can catch.
 */
final class CreatedMeanwhile implements Companies {

    private final Companies store;
    private final ExternalId externalId;
    private boolean looked;

    CreatedMeanwhile(Companies store, ExternalId externalId) {
        this.store = store;
        this.externalId = externalId;
    }

    @Override
    public CompanyId nextId() {
        return store.nextId();
    }

    @Override
    public Option<Company> byId(OrgId org, CompanyId id) {
        return store.byId(org, id);
    }

    @Override
    public Option<Company> byExternalId(OrgId org, ExternalId wanted) {
        if (!looked && wanted.equals(externalId)) {
            looked = true;
            return Option.none();
        }
        return store.byExternalId(org, wanted);
    }

    @Override
    public Option<Company> locked(OrgId org, CompanyId id) {
        return store.locked(org, id);
    }

    @Override
    public List<Company> locked(OrgId org, Seq<CompanyId> ids) {
        return store.locked(org, ids);
    }

    @Override
    public List<Company> childrenOf(OrgId org, CompanyId parent) {
        return store.childrenOf(org, parent);
    }

    @Override
    public Page<Company> page(OrgId org, CompanyQuery query) {
        return store.page(org, query);
    }

    @Override
    public Either<Rejection, Company> save(OrgId org, Company company) {
        return store.save(org, company);
    }
}

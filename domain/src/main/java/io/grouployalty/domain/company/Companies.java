package io.grouployalty.domain.company;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The companies of each org. */
public interface Companies {

    CompanyId nextId();

    Option<Company> byId(OrgId org, CompanyId id);

    Option<Company> byExternalId(OrgId org, ExternalId externalId);

    /** Locks the company until the unit of work ends and reads it as it is once locked. */
    Option<Company> locked(OrgId org, CompanyId id);

    /** Locks these companies, in id order, until the unit of work ends and reads them as they are once locked, by id. */
    List<Company> locked(OrgId org, Seq<CompanyId> ids);

    /** The companies whose parent is {@code parent}. */
    List<Company> childrenOf(OrgId org, CompanyId parent);

    Page<Company> page(OrgId org, CompanyQuery query);

    /**
     * Creates the company or replaces the stored one of the same id. An externalId another company of the org holds,
     * even one stored a moment ago by another request, is refused (1702).
     */
    Either<Rejection, Company> save(OrgId org, Company company);
}

package io.grouployalty.domain.company;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The companies of each org. */
public interface Companies {

    CompanyId nextId();

    Option<Company> byId(OrgId org, CompanyId id);

    Option<Company> byExternalId(OrgId org, ExternalId externalId);

    /** The companies whose parent is {@code parent}. */
    List<Company> childrenOf(OrgId org, CompanyId parent);

    Page<Company> page(OrgId org, CompanyQuery query);

    /**
     * Creates the company or replaces the stored one of the same id. An externalId another company of the org holds,
     * even one stored a moment ago by another request, is refused (1702).
     */
    Either<Rejection, Company> save(OrgId org, Company company);
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.org.Caller;

/** Lists the companies of the caller's org, one page at a time. */
public interface ListCompanies {

    Page<Company> list(Query query);

    record Query(Caller caller, CompanyQuery page) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Reads one company of the caller's org, by id or by externalId. */
public interface GetCompany {

    Either<Rejection, Company> get(Query query);

    record Query(Caller caller, CompanyRef company) {
    }
}

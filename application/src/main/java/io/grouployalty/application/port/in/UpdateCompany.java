package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Changes a company's name, extended fields, parent or active flag; deactivating takes its sub-companies along. */
public interface UpdateCompany {

    Either<Rejection, CompanyId> update(Command command);

    record Command(Caller caller, CompanyRef company, CompanyChange change) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Makes a company and all its sub-companies inactive; their customers and links stay. */
public interface DeactivateCompany {

    Either<Rejection, CompanyId> deactivate(Command command);

    record Command(Caller caller, CompanyRef company) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Registers a company in the caller's org. */
public interface RegisterCompany {

    Either<Rejection, CompanyId> register(Command command);

    record Command(Caller caller, CompanyDraft draft) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Finds the id of the customer holding an identifier in a profile of the caller's org (cards: org-wide). */
public interface LookupCustomer {

    Either<Rejection, CustomerId> lookup(Query query);

    record Query(Caller caller, ProfileKey profile, String identifierName, String identifierValue) {
    }
}

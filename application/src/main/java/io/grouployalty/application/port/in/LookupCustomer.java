package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Finds the id of the customer holding an identifier in a profile of the caller's org (cards: org-wide); with no
 * profile (source {@code ALL}) in any profile.
 */
public interface LookupCustomer {

    Either<Rejection, CustomerId> lookup(Query query);

    record Query(Caller caller, Option<ProfileKey> profile, String identifierName, String identifierValue) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Reads a customer's change history, newest first. */
public interface ReadChangeHistory {

    Either<Rejection, Page<RecordedChange>> changes(Query query);

    record Query(Caller caller, CustomerId customer, int limit, int offset) {
    }
}

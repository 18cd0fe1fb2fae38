package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Reads one customer of the caller's org with its parent and its number of children. */
public interface GetCustomer {

    Either<Rejection, CustomerView> get(Query query);

    record Query(Caller caller, CustomerId customer) {
    }
}

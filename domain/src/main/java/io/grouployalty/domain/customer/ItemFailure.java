package io.grouployalty.domain.customer;

import io.grouployalty.domain.Rejection;
import io.vavr.control.Option;

/** Why an item failed, and the customer it was about when it had been found. */
public record ItemFailure(Rejection rejection, Option<CustomerId> customer) {
}

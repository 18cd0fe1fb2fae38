package io.grouployalty.domain.customer;

import io.vavr.control.Option;

/** A customer as reads show it: with its parent and how many direct children it has. */
public record CustomerView(Customer customer, Option<Customer> parent, int noOfChildren) {
}

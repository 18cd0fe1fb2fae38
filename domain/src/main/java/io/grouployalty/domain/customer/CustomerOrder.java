package io.grouployalty.domain.customer;

import java.util.Comparator;

/** How pages of customers are ordered; ties are broken by id, so paging never repeats or skips a customer. */
public enum CustomerOrder {
    CREATED_ASC, CREATED_DESC, UPDATED_ASC, UPDATED_DESC;

    public Comparator<Customer> comparator() {
        Comparator<Customer> byCreation = Comparator.comparing(Customer::createdOn).thenComparing(customer -> customer.id().value());
        Comparator<Customer> byUpdate = Comparator.comparing(Customer::updatedOn).thenComparing(customer -> customer.id().value());
        return switch (this) {
            case CREATED_ASC -> byCreation;
            case CREATED_DESC -> byCreation.reversed();
            case UPDATED_ASC -> byUpdate;
            case UPDATED_DESC -> byUpdate.reversed();
        };
    }
}

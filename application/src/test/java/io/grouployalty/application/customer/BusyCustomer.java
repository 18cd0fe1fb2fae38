package io.grouployalty.application.customer;

import io.grouployalty.domain.RowsBusy;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.org.OrgId;
import io.vavr.control.Option;

/** Customers where one customer's row stays held by other work: locking it fails as busy. */
final class BusyCustomer extends ForwardingCustomers {

    private final CustomerId busy;

    BusyCustomer(Customers store, CustomerId busy) {
        super(store);
        this.busy = busy;
    }

    @Override
    public Option<Customer> locked(OrgId org, CustomerId id) {
        if (id.equals(busy)) {
            throw new RowsBusy(null);
        }
        return store.locked(org, id);
    }
}

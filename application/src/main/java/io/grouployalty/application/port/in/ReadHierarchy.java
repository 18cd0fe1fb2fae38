package io.grouployalty.application.port.in;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Reads a fleet: a parent's direct children, a company's customers, or one customer with its parent (API.md §3.5). */
public interface ReadHierarchy {

    Either<Rejection, Page<CustomerView>> read(Query query);

    enum EntityType {
        PARENT_CUSTOMER, COMPANY, PARENT_CHILD_CUSTOMER
    }

    record Query(Caller caller, Option<ProfileKey> profile, EntityType entityType, String identifierName, String identifierValue,
                 CustomerOrder order, int limit, int offset) {
    }
}

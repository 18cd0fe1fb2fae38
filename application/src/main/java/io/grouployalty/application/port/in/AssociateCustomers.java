package io.grouployalty.application.port.in;

import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Associates customers (POST /v2/customers/bulk): like an update, but customers, parents and children whose
 * identifiers match nobody are registered; posting the same body again changes nothing.
 */
public interface AssociateCustomers {

    List<Either<ItemFailure, ItemOutcome>> associate(Command command);

    record Command(Caller caller, ProfileKey requestProfile, List<CustomerItem> items, boolean dryRun, String requestId) {
    }
}

package io.grouployalty.application.port.in;

import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Updates the details and associations of existing customers (PUT /v2/customers/bulk): items in input order, each
 * all-or-nothing in its own unit of work and seeing what earlier items did; a dry run keeps nothing.
 */
public interface UpdateAssociationDetails {

    List<Either<ItemFailure, ItemOutcome>> update(Command command);

    record Command(Caller caller, ProfileKey requestProfile, List<CustomerItem> items, boolean dryRun, String requestId) {
    }
}

package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** An element of a {@code POST} bulk answer: the customer, the children the item placed, and their counts (API.md §3.4). */
record AssociatedItemJson(EntityJson entity, List<CustomerJson> childEntities, int childCount, int childSuccessCount,
                          int childFailureCount, List<Problem> errors, List<Problem> warnings) {

    /** The customer of the element: in full, or only by id when its item failed after finding it. */
    sealed interface EntityJson permits CustomerJson, CustomerIdJson {
    }

    record CustomerIdJson(long id) implements EntityJson {
    }
}

package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** A failed item echoes nothing but its errors and warnings and, when the customer was found, its id (API.md §3.3). */
record FailedItemJson(@JsonInclude(JsonInclude.Include.NON_NULL) Long id, List<Problem> errors, List<Problem> warnings) implements ItemJson {
}

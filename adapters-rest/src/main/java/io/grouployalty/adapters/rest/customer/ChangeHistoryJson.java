package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.customer.CustomerJson.ActorJson;
import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** A page of a customer's change history as {@code GET /v2/customers/{id}/changes} renders it (API.md §3.8). */
record ChangeHistoryJson(List<ChangeJson> data, long count, List<Problem> warnings, List<Problem> errors) {

    record ChangeJson(long changeId, String at, String requestId, ActorJson actor, String operation, List<FieldChangeJson> changes) {
    }

    /** One changed member; a value it did not have is null. */
    record FieldChangeJson(String path, JsonNode before, JsonNode after) {
    }
}

package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.customer.CustomerJson.ProfileJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.RelativeJson;
import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page of a fleet as {@code GET /v2/customers/bulk} renders it (API.md §3.5). */
record FleetJson(CustomersJson entity, List<Problem> warnings, List<Problem> errors, boolean success) {

    record CustomersJson(List<MemberJson> customers, long count, List<Problem> errors, List<Problem> warnings) {
    }

    /** A customer of the page; {@code noOfChildren} and {@code parentCustomer} only when asked for, the parent null when there is none. */
    record MemberJson(Long id, List<ProfileJson> profiles, Map<String, JsonNode> extendedFields, String roleCode, String createdDate,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer noOfChildren, boolean defaultChild,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Optional<RelativeJson> parentCustomer) {
    }
}

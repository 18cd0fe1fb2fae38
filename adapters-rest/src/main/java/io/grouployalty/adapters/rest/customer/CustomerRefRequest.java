package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

import java.util.Map;

/** A parent or a child an item names by the identifiers of its profiles, with the extended fields it is registered with. */
public record CustomerRefRequest(Listed<ProfileRequest> profiles, Nested<Map<String, Scalar>> extendedFields) {
}

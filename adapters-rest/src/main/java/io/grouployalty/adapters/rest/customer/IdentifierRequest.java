package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Scalar;

/** An identifier as sent; its type is kept as written ({@code card} included), the rules read it (API.md §6.6). */
public record IdentifierRequest(Scalar type, Scalar value, Scalar seriesId, Scalar seriesCode, Scalar statusLabel, Scalar lastViewedDate) {
}

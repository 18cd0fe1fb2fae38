package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

/** A communication channel as sent; its flags may be JSON booleans or strings. */
public record ChannelRequest(Scalar type, Scalar value, Scalar primary, Scalar verified, Scalar subscribed, Nested<MetaRequest> meta) {

    /** The channel's {@code meta}. */
    public record MetaRequest(Scalar residence, Scalar office, Scalar lastViewedDate) {
    }
}

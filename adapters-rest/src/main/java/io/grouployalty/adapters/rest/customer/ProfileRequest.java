package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

import java.util.Map;

/** A profile of an item, or of a customer it names, as sent; {@code Firstname} and {@code Lastname} are the vendor's spellings too. */
public record ProfileRequest(@JsonAlias("Firstname") Scalar firstName, @JsonAlias("Lastname") Scalar lastName,
                             Listed<IdentifierRequest> identifiers, Listed<ChannelRequest> commChannels, Nested<Map<String, Scalar>> fields,
                             Scalar source, Scalar accountId, Scalar associatedWith, Scalar createDate) {
}

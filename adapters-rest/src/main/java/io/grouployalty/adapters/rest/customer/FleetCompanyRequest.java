package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Scalar;

/** The company an item names; with a name and a hierarchy it is created when it does not exist. */
public record FleetCompanyRequest(Scalar externalId, Scalar name, Scalar hierarchyDefinitionCode) {
}

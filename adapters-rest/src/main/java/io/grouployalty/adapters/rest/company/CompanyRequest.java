package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

import java.util.Map;

/** The body of {@code POST} and {@code PUT /v2/companies} as sent (API.md §3.2); {@code "parentCompany": null} is there, and detaches. */
public record CompanyRequest(Scalar externalId, Scalar name, Scalar hierarchyDefinitionCode, Nested<ParentRequest> parentCompany,
                             Nested<Map<String, Scalar>> extendedFields, Scalar isActive) {

    /** The parent company, named by its externalId. */
    public record ParentRequest(Scalar externalId) {
    }
}

package io.grouployalty.adapters.rest.hierarchy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Scalar;

/** The body of {@code POST} and {@code PUT /v2/fleetHierarchy} as sent (API.md §3.1). */
public record HierarchyRequest(Scalar code, Scalar name, Scalar description, Listed<RoleRequest> roles, Scalar active,
                               @JsonProperty("default") Scalar isDefault, Scalar autoGroupCreationEnabled, Scalar hierarchyCreationStrict,
                               Scalar skipRoleAllowed) {

    /** A role of the hierarchy. */
    public record RoleRequest(Scalar code, Scalar childRoleCode, Scalar maxChild, Scalar pointsAggregationRole,
                              Listed<PermissionRequest> permissions) {
    }

    /** A permission of a role; its value may be any JSON value but an object or an array. */
    public record PermissionRequest(Scalar permissionCode, Scalar permissionValue) {
    }
}

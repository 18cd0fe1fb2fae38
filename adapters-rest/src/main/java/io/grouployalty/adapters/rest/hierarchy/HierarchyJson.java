package io.grouployalty.adapters.rest.hierarchy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** A hierarchy definition as GET renders it. */
public record HierarchyJson(long id, String code, String name, String description, List<RoleJson> roles, boolean active,
                            boolean skipRoleAllowed, boolean hierarchyCreationStrict, boolean autoGroupCreationEnabled,
                            @JsonProperty("default") boolean isDefault, String createdOn, List<Problem> warnings) {

    public record RoleJson(Long id, String code, String childRoleCode, Integer maxChild, boolean pointsAggregationRole,
                           List<PermissionJson> permissions) {
    }

    public record PermissionJson(String permissionCode, @JsonRawValue String permissionValue) {
    }
}

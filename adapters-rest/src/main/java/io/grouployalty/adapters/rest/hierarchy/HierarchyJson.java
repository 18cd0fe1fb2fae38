package io.grouployalty.adapters.rest.hierarchy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleId;

import java.time.ZoneOffset;
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

    static HierarchyJson of(Hierarchy hierarchy, ZoneOffset zone) {
        return new HierarchyJson(hierarchy.id().value(), hierarchy.code().value(), hierarchy.name().getOrNull(),
                hierarchy.description().getOrNull(), hierarchy.roles().roles().map(role -> role(hierarchy, role)).toJavaList(),
                hierarchy.active(), hierarchy.skipRoleAllowed(), hierarchy.hierarchyCreationStrict(), hierarchy.autoGroupCreationEnabled(),
                hierarchy.isDefault(), Dates.render(hierarchy.createdOn(), zone), List.of());
    }

    private static RoleJson role(Hierarchy hierarchy, Role role) {
        return new RoleJson(role.id().map(RoleId::value).getOrNull(), role.code().value(), hierarchy.roles().childOf(role.code()).map(child -> child.code().value()).getOrNull(),
                role.maxChild().getOrNull(), role.pointsAggregationRole(),
                role.permissions().map(permission -> new PermissionJson(permission.permissionCode(), permission.permissionValue())).toJavaList());
    }
}

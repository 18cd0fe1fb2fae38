package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
import io.vavr.collection.List;
import io.vavr.control.Option;

public record RoleRow(long hierarchyId, int position, Long roleId, String code, Integer maxChild, boolean pointsAggregationRole,
                      String[] permissionCodes, String[] permissionValues) {

    static RoleRow of(long hierarchyId, int position, Role role) {
        return new RoleRow(hierarchyId, position, role.id().map(RoleId::value).getOrNull(), role.code().value(), role.maxChild().getOrNull(),
                role.pointsAggregationRole(),
                role.permissions().map(Permission::permissionCode).toJavaArray(String[]::new),
                role.permissions().map(Permission::permissionValue).toJavaArray(String[]::new));
    }

    Role toRole() {
        return new Role(Option.of(roleId).map(RoleId::new), new RoleCode(code), Option.of(maxChild), pointsAggregationRole,
                List.of(permissionCodes).zipWith(List.of(permissionValues), Permission::new));
    }
}

package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.collection.List;
import io.vavr.control.Option;

public record RoleRow(long hierarchyId, int position, String code, Integer maxChild, boolean pointsAggregationRole,
                      String[] permissionCodes, String[] permissionValues) {

    static RoleRow of(long hierarchyId, int position, Role role) {
        return new RoleRow(hierarchyId, position, role.code().value(), role.maxChild().getOrNull(), role.pointsAggregationRole(),
                role.permissions().map(Permission::permissionCode).toJavaArray(String[]::new),
                role.permissions().map(Permission::permissionValue).toJavaArray(String[]::new));
    }

    Role toRole() {
        return new Role(new RoleCode(code), Option.of(maxChild), pointsAggregationRole,
                List.of(permissionCodes).zipWith(List.of(permissionValues), Permission::new));
    }
}

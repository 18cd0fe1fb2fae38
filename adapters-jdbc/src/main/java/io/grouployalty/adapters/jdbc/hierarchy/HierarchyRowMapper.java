package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.adapters.jdbc.VavrConversions;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Hierarchies to their rows and back, each role a row of its own at its position in the chain. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>", uses = VavrConversions.class)
interface HierarchyRowMapper {

    HierarchyRowMapper INSTANCE = new MapStructHierarchyRowMapper();

    @Mapping(target = "hierarchyId", source = "id.value")
    @Mapping(target = "code", source = "code.value")
    @Mapping(target = "isDefault", source = "isDefault")
    HierarchyRow row(Hierarchy hierarchy);

    @Mapping(target = "id", source = "row.hierarchyId")
    @Mapping(target = "code", source = "row.code")
    @Mapping(target = "name", source = "row.name")
    @Mapping(target = "description", source = "row.description")
    @Mapping(target = "roles", source = "roles")
    @Mapping(target = "active", source = "row.active")
    @Mapping(target = "isDefault", source = "row.isDefault")
    @Mapping(target = "autoGroupCreationEnabled", source = "row.autoGroupCreationEnabled")
    @Mapping(target = "hierarchyCreationStrict", source = "row.hierarchyCreationStrict")
    @Mapping(target = "skipRoleAllowed", source = "row.skipRoleAllowed")
    @Mapping(target = "createdOn", source = "row.createdOn")
    Hierarchy hierarchy(HierarchyRow row, RoleChain roles);

    @Mapping(target = "hierarchyId", source = "hierarchyId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "roleId", source = "role.id")
    @Mapping(target = "code", source = "role.code.value")
    @Mapping(target = "maxChild", source = "role.maxChild")
    @Mapping(target = "pointsAggregationRole", source = "role.pointsAggregationRole")
    @Mapping(target = "permissionCodes", source = "role.permissions", qualifiedByName = "permissionCodes")
    @Mapping(target = "permissionValues", source = "role.permissions", qualifiedByName = "permissionValues")
    RoleRow row(long hierarchyId, int position, Role role);

    /** A stored role; by hand, since MapStruct would read {@link Role#withId} as a property to set. */
    default Role role(RoleRow row) {
        return new Role(Option.of(row.roleId()).map(RoleId::new), new RoleCode(row.code()), Option.of(row.maxChild()),
                row.pointsAggregationRole(), List.of(row.permissionCodes()).zipWith(List.of(row.permissionValues()), Permission::new));
    }

    @Named("permissionCodes")
    default String[] permissionCodes(List<Permission> permissions) {
        return permissions.map(Permission::permissionCode).toJavaArray(String[]::new);
    }

    @Named("permissionValues")
    default String[] permissionValues(List<Permission> permissions) {
        return permissions.map(Permission::permissionValue).toJavaArray(String[]::new);
    }

    default Long roleId(Option<RoleId> id) {
        return id.map(RoleId::value).getOrNull();
    }

    default HierarchyId hierarchyId(long id) {
        return new HierarchyId(id);
    }

    default HierarchyCode hierarchyCode(String code) {
        return new HierarchyCode(code);
    }
}

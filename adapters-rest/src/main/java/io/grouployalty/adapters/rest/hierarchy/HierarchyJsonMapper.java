package io.grouployalty.adapters.rest.hierarchy;

import io.grouployalty.adapters.rest.hierarchy.HierarchyJson.PermissionJson;
import io.grouployalty.adapters.rest.hierarchy.HierarchyJson.RoleJson;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.adapters.rest.mapping.VavrConversions;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
import io.vavr.control.Option;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Hierarchy definitions to their response records; a role shows the role below it in its chain. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>", uses = VavrConversions.class)
interface HierarchyJsonMapper {

    HierarchyJsonMapper INSTANCE = new MapStructHierarchyJsonMapper();

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "code", source = "code.value")
    @Mapping(target = "isDefault", source = "isDefault")
    @Mapping(target = "warnings", expression = "java(java.util.List.of())")
    HierarchyJson hierarchy(Hierarchy hierarchy, @Context ZoneOffset zone);

    @Mapping(target = "code", source = "code.value")
    @Mapping(target = "childRoleCode", source = "code", qualifiedByName = "childRoleCode")
    RoleJson role(Role role, @Context RoleChain chain);

    List<PermissionJson> permissions(io.vavr.collection.List<Permission> permissions);

    PermissionJson permission(Permission permission);

    default List<RoleJson> roles(RoleChain chain) {
        return chain.roles().map(role -> role(role, chain)).toJavaList();
    }

    @Named("childRoleCode")
    default String childRoleCode(RoleCode code, @Context RoleChain chain) {
        return chain.childOf(code).map(child -> child.code().value()).getOrNull();
    }

    default Long roleId(Option<RoleId> id) {
        return id.map(RoleId::value).getOrNull();
    }

    default String date(Instant instant, @Context ZoneOffset zone) {
        return Dates.render(instant, zone);
    }
}

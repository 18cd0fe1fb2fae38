package io.grouployalty.adapters.jdbc.hierarchy;

import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.vavr.control.Option;

import java.time.Instant;

public record HierarchyRow(long hierarchyId, String code, String name, String description, boolean active, boolean isDefault,
                           boolean autoGroupCreationEnabled, boolean hierarchyCreationStrict, boolean skipRoleAllowed,
                           Instant createdOn) {

    static HierarchyRow of(Hierarchy hierarchy) {
        return new HierarchyRow(hierarchy.id().value(), hierarchy.code().value(), hierarchy.name().getOrNull(),
                hierarchy.description().getOrNull(), hierarchy.active(), hierarchy.isDefault(), hierarchy.autoGroupCreationEnabled(),
                hierarchy.hierarchyCreationStrict(), hierarchy.skipRoleAllowed(), hierarchy.createdOn());
    }

    Hierarchy toHierarchy(RoleChain roles) {
        return new Hierarchy(new HierarchyId(hierarchyId), new HierarchyCode(code), Option.of(name), Option.of(description), roles,
                active, isDefault, autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed, createdOn);
    }
}

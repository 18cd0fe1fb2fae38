package io.grouployalty.adapters.jdbc.hierarchy;

import java.time.Instant;

public record HierarchyRow(long hierarchyId, String code, String name, String description, boolean active, boolean isDefault,
                           boolean autoGroupCreationEnabled, boolean hierarchyCreationStrict, boolean skipRoleAllowed,
                           Instant createdOn) {
}

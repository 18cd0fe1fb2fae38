package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** A partial update of a hierarchy: each member left empty keeps the stored value. */
public record HierarchyChange(Option<String> code, Option<String> name, Option<Option<String>> description,
                              Option<List<RoleDraft>> roles, Option<Boolean> active, Option<Boolean> isDefault,
                              Option<Boolean> autoGroupCreationEnabled, Option<Boolean> hierarchyCreationStrict,
                              Option<Boolean> skipRoleAllowed) {

    public HierarchyChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(isDefault, "isDefault");
        Objects.requireNonNull(autoGroupCreationEnabled, "autoGroupCreationEnabled");
        Objects.requireNonNull(hierarchyCreationStrict, "hierarchyCreationStrict");
        Objects.requireNonNull(skipRoleAllowed, "skipRoleAllowed");
    }

    /** True when the change makes the hierarchy its org's default, which clears the default of the others. */
    public boolean makesDefault() {
        return isDefault.contains(true);
    }

    public static HierarchyChange none() {
        return new HierarchyChange(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none());
    }

    public HierarchyChange withName(String newName) {
        return new HierarchyChange(code, Option.of(newName), description, roles, active, isDefault,
                autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed);
    }

    public HierarchyChange withRoles(List<RoleDraft> newRoles) {
        return new HierarchyChange(code, name, description, Option.of(newRoles), active, isDefault,
                autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed);
    }

    public HierarchyChange withCode(String newCode) {
        return new HierarchyChange(Option.of(newCode), name, description, roles, active, isDefault,
                autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed);
    }

    public HierarchyChange withActive(boolean newActive) {
        return new HierarchyChange(code, name, description, roles, Option.of(newActive), isDefault,
                autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed);
    }

    public HierarchyChange withDefault(boolean newDefault) {
        return new HierarchyChange(code, name, description, roles, active, Option.of(newDefault),
                autoGroupCreationEnabled, hierarchyCreationStrict, skipRoleAllowed);
    }

    public HierarchyChange withSkipRoleAllowed(boolean newSkipRoleAllowed) {
        return new HierarchyChange(code, name, description, roles, active, isDefault,
                autoGroupCreationEnabled, hierarchyCreationStrict, Option.of(newSkipRoleAllowed));
    }
}

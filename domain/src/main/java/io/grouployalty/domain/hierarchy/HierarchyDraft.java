package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** A hierarchy definition as a request or an org file gives it, before the rules have judged it. */
public record HierarchyDraft(String code, Option<String> name, Option<String> description, List<RoleDraft> roles,
                             boolean isDefault, boolean autoGroupCreationEnabled, boolean hierarchyCreationStrict,
                             boolean skipRoleAllowed) {

    public HierarchyDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(roles, "roles");
    }

    /** The same definition as a complete change of an existing hierarchy, as an org file applied again is. */
    public HierarchyChange asChange() {
        return new HierarchyChange(Option.of(code), name, description.map(Option::of), Option.of(roles), Option.none(),
                Option.of(isDefault), Option.of(autoGroupCreationEnabled), Option.of(hierarchyCreationStrict),
                Option.of(skipRoleAllowed));
    }
}

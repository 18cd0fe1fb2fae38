package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** A role as a request or an org file gives it, before the hierarchy rules have judged it. */
public record RoleDraft(String code, Option<String> childRoleCode, Option<Integer> maxChild,
                        boolean pointsAggregationRole, List<Permission> permissions) {

    public RoleDraft {
        Objects.requireNonNull(childRoleCode, "childRoleCode");
        Objects.requireNonNull(maxChild, "maxChild");
        Objects.requireNonNull(permissions, "permissions");
    }

    public static RoleDraft leaf(String code) {
        return new RoleDraft(code, Option.none(), Option.none(), false, List.empty());
    }

    public static RoleDraft parent(String code, String childRoleCode, int maxChild) {
        return new RoleDraft(code, Option.of(childRoleCode), Option.of(maxChild), false, List.empty());
    }

    public RoleDraft aggregatingPoints() {
        return new RoleDraft(code, childRoleCode, maxChild, true, permissions);
    }
}

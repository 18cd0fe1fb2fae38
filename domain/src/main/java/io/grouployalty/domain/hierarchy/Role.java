package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A role of a hierarchy; how many direct children a customer of this role may have is its {@code maxChild}. It has no
 * id until it is first stored.
 */
public record Role(Option<RoleId> id, RoleCode code, Option<Integer> maxChild, boolean pointsAggregationRole, List<Permission> permissions) {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(maxChild, "maxChild");
        Objects.requireNonNull(permissions, "permissions");
    }

    public Role withId(RoleId stored) {
        return new Role(Option.of(stored), code, maxChild, pointsAggregationRole, permissions);
    }

    /** The same role but for its {@code maxChild}, the one thing an update may change. */
    boolean sameButMaxChild(Role other) {
        return code.equals(other.code) && pointsAggregationRole == other.pointsAggregationRole
                && permissions.equals(other.permissions);
    }
}

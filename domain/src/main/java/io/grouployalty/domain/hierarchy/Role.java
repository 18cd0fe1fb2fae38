package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** A role of a hierarchy; how many direct children a customer of this role may have is its {@code maxChild}. */
public record Role(RoleCode code, Option<Integer> maxChild, boolean pointsAggregationRole, List<Permission> permissions) {

    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(maxChild, "maxChild");
        Objects.requireNonNull(permissions, "permissions");
    }

    /** The same role but for its {@code maxChild}, the one thing an update may change. */
    boolean sameButMaxChild(Role other) {
        return code.equals(other.code) && pointsAggregationRole == other.pointsAggregationRole
                && permissions.equals(other.permissions);
    }
}

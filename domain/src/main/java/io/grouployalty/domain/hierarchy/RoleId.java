package io.grouployalty.domain.hierarchy;

/** The public id of a role, given when the role is first stored and kept by every later save of its hierarchy. */
public record RoleId(long value) {

    public RoleId {
        if (value <= 0) {
            throw new IllegalArgumentException("role id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.grouployalty.domain.org;

/** The numeric key of an org, the tenant every piece of data belongs to. */
public record OrgId(long value) {

    public OrgId {
        if (value <= 0) {
            throw new IllegalArgumentException("org id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

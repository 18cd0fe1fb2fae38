package io.grouployalty.domain.hierarchy;

public record HierarchyId(long value) {

    public HierarchyId {
        if (value <= 0) {
            throw new IllegalArgumentException("hierarchy id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

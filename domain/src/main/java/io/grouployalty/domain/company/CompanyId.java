package io.grouployalty.domain.company;

public record CompanyId(long value) {

    public CompanyId {
        if (value <= 0) {
            throw new IllegalArgumentException("company id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

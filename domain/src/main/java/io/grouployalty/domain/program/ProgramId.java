package io.grouployalty.domain.program;

public record ProgramId(long value) {

    public ProgramId {
        if (value <= 0) {
            throw new IllegalArgumentException("program id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

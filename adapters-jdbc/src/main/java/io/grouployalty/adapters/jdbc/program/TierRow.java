package io.grouployalty.adapters.jdbc.program;

public record TierRow(long programId, String programName, Integer number, String name) {
}

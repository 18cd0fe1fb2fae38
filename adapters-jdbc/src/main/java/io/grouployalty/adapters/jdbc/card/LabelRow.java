package io.grouployalty.adapters.jdbc.card;

public record LabelRow(long seriesId, String code, int maxActivePerCustomer, String label, String status) {
}

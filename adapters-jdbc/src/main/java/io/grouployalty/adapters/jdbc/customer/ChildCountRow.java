package io.grouployalty.adapters.jdbc.customer;

public record ChildCountRow(long customerId, int childCount) {
}

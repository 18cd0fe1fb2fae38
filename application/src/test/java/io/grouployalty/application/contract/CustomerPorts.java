package io.grouployalty.application.contract;

import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.Customers;

/** The customer ports of one adapter family, beside the org ports they refer to. */
public record CustomerPorts(OrgPorts orgPorts, Customers customers, ChangeHistory history) {
}

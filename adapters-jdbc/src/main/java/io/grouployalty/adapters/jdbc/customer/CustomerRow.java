package io.grouployalty.adapters.jdbc.customer;

import java.time.Instant;

public record CustomerRow(long customerId, String loyaltyType, String hierarchyCode, String roleCode, Long companyId, Long parentId,
                          String document, Instant createdOn, Instant updatedOn) {
}

package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Scalar;

/** A loyalty program enrollment as sent. */
public record EnrollmentRequest(Scalar programId, Scalar tierNumber, Scalar loyaltyPoints, Scalar tierExpiryDate, Scalar pointsExpiryDate) {
}

package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

import java.util.Map;

/**
 * One item of {@code /v2/customers/bulk} as sent (API.md §3.3): the association members may stand inside
 * {@code associationDetails} or at the item's top level, and {@code loyaltyType} inside {@code loyaltyInfo} or beside it.
 */
public record ItemRequest(Listed<ProfileRequest> profiles, Nested<Map<String, Scalar>> extendedFields, Nested<LoyaltyInfoRequest> loyaltyInfo,
                          Scalar loyaltyType, Listed<EnrollmentRequest> loyaltyProgramEnrollments, Nested<AssociationRequest> associationDetails,
                          Scalar hierarchyCode, Scalar roleCode, Nested<CustomerRefRequest> parentCustomer,
                          Listed<CustomerRefRequest> childCustomers, Scalar childRoleCode, Nested<FleetCompanyRequest> fleetCompany,
                          Scalar createDate, Scalar associatedWith) {

    /** The association members given at the item's top level. */
    public AssociationRequest topLevelAssociation() {
        return new AssociationRequest(hierarchyCode, roleCode, parentCustomer, childCustomers, childRoleCode, fleetCompany);
    }

    /** The loyalty type inside {@code loyaltyInfo}. */
    public record LoyaltyInfoRequest(Scalar loyaltyType) {
    }
}

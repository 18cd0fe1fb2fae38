package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Scalar;

/** An item's association members as sent; {@code "parentCustomer": null} is there, and detaches. */
public record AssociationRequest(Scalar hierarchyCode, Scalar roleCode, Nested<CustomerRefRequest> parentCustomer,
                                 Listed<CustomerRefRequest> childCustomers, Scalar childRoleCode, Nested<FleetCompanyRequest> fleetCompany) {

    /** True when any member is there, null included. */
    public boolean namesAny() {
        return hierarchyCode.present() || roleCode.present() || parentCustomer.present() || childCustomers.present()
                || childRoleCode.present() || fleetCompany.present();
    }
}

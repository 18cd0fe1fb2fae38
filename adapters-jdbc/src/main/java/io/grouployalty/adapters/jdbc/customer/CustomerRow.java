package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.control.Option;

import java.time.Instant;

public record CustomerRow(long customerId, String loyaltyType, String hierarchyCode, String roleCode, Long companyId, Long parentId,
                          String document, Instant createdOn, Instant updatedOn) {

    static CustomerRow of(Customer customer) {
        Option<Association> association = customer.association();
        return new CustomerRow(customer.id().value(), customer.loyaltyType().name(),
                association.map(a -> a.hierarchy().value()).getOrNull(), association.map(a -> a.role().value()).getOrNull(),
                association.map(a -> a.company().value()).getOrNull(), customer.parent().map(CustomerId::value).getOrNull(),
                CustomerDocument.write(customer), customer.createdOn(), customer.updatedOn());
    }

    Customer toCustomer() {
        CustomerDocument parsed = CustomerDocument.read(document);
        Option<Association> association = Option.of(hierarchyCode).map(code -> new Association(new HierarchyCode(code),
                new RoleCode(roleCode), new CompanyId(companyId), Option.of(parentId).map(CustomerId::new)));
        return new Customer(new CustomerId(customerId), parsed.toProfiles(), parsed.toExtendedFields(), LoyaltyType.valueOf(loyaltyType),
                parsed.toEnrollments(), association, createdOn, updatedOn);
    }
}

package io.grouployalty.domain.customer;

import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.control.Option;

import java.util.Objects;

/** Where a customer stands in a fleet: hierarchy, role and company (fixed once set), and its parent (movable). */
public record Association(HierarchyCode hierarchy, RoleCode role, CompanyId company, Option<CustomerId> parent) {

    public Association {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(parent, "parent");
    }

    public Association withParent(Option<CustomerId> newParent) {
        return new Association(hierarchy, role, company, newParent);
    }
}

package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Where step 6 placed the customer: its parent, the children the item named (placed under it), which of those got
 * their association now, the hierarchy and company it stands in, and whether the item creates that company.
 */
public record Associated(Judged judged, Option<Customer> parent, List<Customer> children, List<CustomerId> childrenAssociatedNow,
                         Option<Hierarchy> hierarchy, Option<Company> company, boolean createsCompany) {

    /** A customer whose association the item leaves as it is. */
    static Associated asStored(Judged judged) {
        Customer customer = judged.customer();
        World world = judged.world();
        return new Associated(judged, customer.parent().map(world::customer), List.empty(), List.empty(),
                customer.association().flatMap(association -> world.reference().hierarchy(association.hierarchy())),
                customer.association().map(association -> world.reference().company(association.company())), false);
    }
}

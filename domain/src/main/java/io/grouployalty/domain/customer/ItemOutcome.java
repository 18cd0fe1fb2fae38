package io.grouployalty.domain.customer;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What an item would do (and which customers it registers): the customer before and after, its parent and the children it
 * named (after), whether it and which of those children got their association now, the hierarchy and company it stands in
 * (and whether it creates that company), and the warnings.
 */
public record ItemOutcome(Option<Customer> before, Customer after, Option<Customer> parent, List<Customer> children,
                          boolean newAssociation, List<CustomerId> childrenAssociatedNow, Option<Hierarchy> hierarchy,
                          Option<Company> company, boolean createsCompany, List<Warning> warnings, List<CustomerId> registered) {

    /**
     * Every customer the item may change, in an order they can be stored in: its parent (when registered now) before
     * the customer that names it, the children it named last.
     */
    public List<Customer> changed() {
        return children.prepend(after).prependAll(parent);
    }

    /** True when this item registers {@code customer}. */
    public boolean registers(CustomerId customer) {
        return registered.contains(customer);
    }
}

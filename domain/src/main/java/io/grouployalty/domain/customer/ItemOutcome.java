package io.grouployalty.domain.customer;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What an item would do: the customer before and after, its parent and the children it named (after), whether it
 * got its association now, the hierarchy and company it stands in, and the warnings.
 */
public record ItemOutcome(Option<Customer> before, Customer after, Option<Customer> parent, List<Customer> children,
                          boolean newAssociation, Option<Hierarchy> hierarchy, Option<Company> company, List<Warning> warnings) {

    ItemOutcome withBefore(Customer stored) {
        return new ItemOutcome(Option.of(stored), after, parent, children, newAssociation, hierarchy, company, warnings);
    }

    ItemOutcome withWarnings(List<Warning> all) {
        return new ItemOutcome(before, after, parent, children, newAssociation, hierarchy, company, all);
    }

    /** Every customer whose stored data the item changes: the customer itself and the children it placed. */
    public List<Customer> changed() {
        return children.prepend(after);
    }
}

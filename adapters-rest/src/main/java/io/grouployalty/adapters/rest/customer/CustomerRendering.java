package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.customer.CustomerJson.AssociationJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.RelativeJson;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.ZoneOffset;

/** Renders customers in the canonical shape, dates in the org's offset; a customer a dry run would create has no id. */
record CustomerRendering(ZoneOffset zone, List<Program> programs, List<ExtendedFieldDefinition> fieldDefinitions, Unstored unstored) {

    private static final CustomerJsonMapper JSON = CustomerJsonMapper.INSTANCE;

    /** The customer an item left, with its errors and warnings. */
    CustomerJson outcome(ItemOutcome outcome) {
        return placed(outcome, java.util.List.of(), warnings(outcome.warnings()));
    }

    /** The customer an item left, without errors and warnings: those stand beside it. */
    CustomerJson entity(ItemOutcome outcome) {
        return placed(outcome, null, null);
    }

    /** A child the item placed, without errors and warnings (the item's); its parent, shown in full beside it, by id and role only. */
    CustomerJson child(ItemOutcome outcome, Customer child) {
        return JSON.customer(child, association(child, outcome.hierarchy(), outcome.company(), Option.of(JSON.reference(outcome.after(), this)),
                Option.none(), outcome.childrenAssociatedNow().contains(child.id()), Option.none()), null, null, this);
    }

    /** A customer as GET shows it: its parent and number of children, no list of children, no errors. */
    CustomerJson view(CustomerView view, Option<Hierarchy> hierarchy, Option<Company> company) {
        Customer customer = view.customer();
        return JSON.customer(customer, association(customer, hierarchy, company, view.parent().map(this::relative), Option.none(), false,
                Option.of(view.noOfChildren())), null, java.util.List.of(), this);
    }

    FleetJson fleet(Page<CustomerView> page, boolean withChildren, boolean withParent) {
        java.util.List<FleetJson.MemberJson> customers = page.items().map(view -> JSON.member(view, withChildren, withParent, this)).toJavaList();
        return new FleetJson(new FleetJson.CustomersJson(customers, page.total(), java.util.List.of(), java.util.List.of()),
                java.util.List.of(), java.util.List.of(), true);
    }

    RelativeJson relative(Customer customer) {
        return JSON.relative(customer, this);
    }

    static java.util.List<Problem> warnings(List<Warning> warnings) {
        return warnings.map(warning -> new Problem(false, warning.code().code(), warning.message())).toJavaList();
    }

    Option<Program> program(ProgramId id) {
        return programs.find(each -> each.id().equals(id));
    }

    private CustomerJson placed(ItemOutcome outcome, java.util.List<Problem> errors, java.util.List<Problem> warnings) {
        Customer customer = outcome.after();
        return JSON.customer(customer, association(customer, outcome.hierarchy(), outcome.company(), outcome.parent().map(this::relative),
                Option.of(outcome.children()), outcome.newAssociation(), Option.none()), errors, warnings, this);
    }

    private AssociationJson association(Customer customer, Option<Hierarchy> hierarchy, Option<Company> company, Option<RelativeJson> parent,
                                        Option<List<Customer>> children, boolean isNew, Option<Integer> noOfChildren) {
        return customer.association().map(stored -> new AssociationJson(stored.hierarchy().value(),
                hierarchy.map(found -> found.id().value()).getOrNull(), stored.role().value(), parent.getOrNull(),
                children.map(named -> named.map(this::relative).toJavaList()).getOrNull(),
                childRole(stored.role(), hierarchy, children.getOrElse(List.empty())).map(RoleCode::value).getOrNull(),
                company.map(found -> JSON.company(found, this)).getOrNull(),
                hierarchy.flatMap(found -> found.roles().parentOf(stored.role())).flatMap(Role::id).map(RoleId::value).getOrNull(),
                hierarchy.exists(Hierarchy::skipRoleAllowed), isNew, stored.parent().isDefined(), noOfChildren.getOrNull())).getOrNull();
    }

    /** The role the children placed now took, or else the child role of {@code role} in its hierarchy. */
    private static Option<RoleCode> childRole(RoleCode role, Option<Hierarchy> hierarchy, List<Customer> placed) {
        return placed.headOption().flatMap(Customer::association).map(Association::role)
                .orElse(() -> hierarchy.flatMap(found -> found.roles().childOf(role)).map(Role::code));
    }
}

package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Step 6 of API.md §3.3: the hierarchy (1701, active 1610), the role (1615) and the company (1704, created when named
 * with a hierarchy; active 1705; of the hierarchy 1616) — an associated customer keeps all three (1626, 1627, 1628) —,
 * then the parent and the children ({@link FleetLinks}).
 */
public final class AssociationRules {

    private AssociationRules() {
    }

    public static Either<Rejection, Associated> judge(Judged judged, Option<AssociationInput> given) {
        if (given.isEmpty()) {
            return Either.right(Associated.asStored(judged));
        }
        AssociationInput input = given.get();
        Judged entered = judged.before().isEmpty() ? judged.with(judged.world().with(judged.customer())) : judged;
        Customer customer = entered.customer();
        return hierarchy(entered, input).flatMap(hierarchy -> hierarchy.isEmpty() ? withoutHierarchy(entered, input)
                : role(customer, hierarchy.get(), input)
                .flatMap(role -> company(entered, hierarchy.get(), input)
                        .flatMap(chosen -> FleetLinks.judge(chosen.judged(), hierarchy.get(), role, chosen.company(), input)
                                .map(links -> new Associated(links.judged().with(customer.withAssociation(new Association(
                                        hierarchy.get().code(), role.code(), chosen.company().id(), links.parent().map(Customer::id)))),
                                        links.parent(), links.children(), links.associatedNow(), hierarchy,
                                        Option.of(chosen.company()), chosen.created())))));
    }

    /** The company an item places the customer in, and whether the item creates it (then it is in the judgement's world). */
    private record Chosen(Judged judged, Company company, boolean created) {
    }

    /** The hierarchy: as given (1701), active unless it is the customer's own (1610), the stored one (1626); or the stored one. */
    private static Either<Rejection, Option<Hierarchy>> hierarchy(Judged judged, AssociationInput input) {
        Option<HierarchyCode> stored = judged.customer().association().map(Association::hierarchy);
        Option<String> code = given(input.hierarchyCode());
        if (code.isEmpty()) {
            return Either.right(stored.flatMap(own -> judged.world().reference().hierarchy(own)));
        }
        Option<Hierarchy> named = HierarchyCode.parse(code.get()).toOption().flatMap(judged.world().reference()::hierarchy);
        if (named.isEmpty()) {
            return Either.left(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, code.get()));
        }
        if (stored.contains(named.get().code())) {
            return Either.right(named);
        }
        return FleetLinks.open(named.get())
                .filterOrElse(other -> stored.isEmpty(), other -> Rejection.conflict(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED))
                .map(Option::of);
    }

    /** The role: a role of the hierarchy (1615) and the same as the stored one (1627), or the stored one. */
    private static Either<Rejection, Role> role(Customer customer, Hierarchy hierarchy, AssociationInput input) {
        Option<RoleCode> stored = customer.association().map(Association::role);
        Option<String> code = given(input.roleCode());
        if (code.isEmpty()) {
            return stored.flatMap(own -> hierarchy.roles().role(own))
                    .toEither(() -> Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, "none given"));
        }
        Option<Role> role = RoleCode.parse(code.get()).toOption().flatMap(hierarchy.roles()::role);
        if (role.isEmpty()) {
            return Either.left(Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, code.get()));
        }
        if (stored.exists(other -> !other.equals(role.get().code()))) {
            return Either.left(Rejection.conflict(ErrorCode.ROLE_CHANGE_NOT_ALLOWED));
        }
        return Either.right(role.get());
    }

    /**
     * The company: found by externalId (1704) or created when name and hierarchy come with it; active unless it is the
     * customer's own (1705); of the customer's hierarchy (1616); the same as the stored one (1628). A created company
     * enters the world of the judgement returned with it.
     */
    private static Either<Rejection, Chosen> company(Judged judged, Hierarchy hierarchy, AssociationInput input) {
        World world = judged.world();
        Option<Company> stored = judged.customer().association().map(association -> world.reference().company(association.company()));
        if (input.fleetCompany().isEmpty()) {
            return stored.map(own -> new Chosen(judged, own, false))
                    .toEither(() -> Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, "none given"));
        }
        CompanyInput given = input.fleetCompany().get();
        Option<Company> existing = ExternalId.parse(given.externalId()).toOption().flatMap(world.reference()::companyNamed);
        Either<Rejection, Chosen> company = existing.isDefined() ? Either.right(new Chosen(judged, existing.get(), false))
                : given.name().isDefined() && given.hierarchyDefinitionCode().isDefined()
                ? CompanyCreation.judge(world, given).map(created -> new Chosen(judged.with(world.with(created)), created, true))
                : Either.left(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, given.externalId()));
        return company
                .flatMap(found -> stored.exists(own -> own.id().equals(found.company().id())) ? Either.right(found)
                        : FleetLinks.open(found.company()).map(open -> found))
                .filterOrElse(found -> found.company().hierarchy().equals(hierarchy.code()),
                        found -> Rejection.conflict(ErrorCode.COMPANY_HIERARCHY_MISMATCH, hierarchy.code()))
                .filterOrElse(found -> stored.forAll(other -> other.id().equals(found.company().id())),
                        found -> Rejection.conflict(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED));
    }

    /**
     * An item for a customer in no hierarchy that names none: naming a parent or children without a role is 1615 (§6.33),
     * naming anything else of an association 1701, since hierarchy, role and company come together.
     */
    private static Either<Rejection, Associated> withoutHierarchy(Judged judged, AssociationInput input) {
        boolean links = !(input.parent() instanceof ParentChange.Keep) || input.children().exists(children -> !children.isEmpty());
        if (links && given(input.roleCode()).isEmpty()) {
            return Either.left(Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, "none given"));
        }
        boolean associates = links || given(input.roleCode()).isDefined() || given(input.childRoleCode()).isDefined()
                || input.fleetCompany().exists(company -> !company.externalId().isBlank());
        return associates
                ? Either.left(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, "none given"))
                : Either.right(Associated.asStored(judged));
    }

    /** A code as given: stripped, and none when blank. */
    static Option<String> given(Option<String> code) {
        return code.filter(text -> !text.isBlank()).map(String::strip);
    }
}

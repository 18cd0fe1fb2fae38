package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerBounds;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.IntSupplier;

/**
 * The parent and the children of step 6 of API.md §3.3. The parent is kept, detached, or found by its identifiers
 * (1621): never the customer itself (1608), in the same company (1622), of a role that may parent the customer's
 * (1625), out of a cycle (1608) and with room (1618). Children are found the same way, take the child role (1617),
 * keep their hierarchy, role and company (1626, 1627, 1628), and must fit together (1618). An association (POST)
 * registers a parent or child it finds nowhere.
 */
public final class FleetLinks {

    private FleetLinks() {
    }

    /** The judgement with whoever the links registered, the parent, and the children placed under the customer. */
    public record Links(Judged judged, Option<Customer> parent, List<Customer> children, List<CustomerId> associatedNow) {
    }

    /** A customer the links settled on, and the judgement as it stands after them. */
    private record Placed<T>(Judged judged, T customer) {
    }

    static Either<Rejection, Links> judge(Judged judged, Hierarchy hierarchy, Role role, Company company, AssociationInput input) {
        return parent(judged, hierarchy, role, company, input)
                .flatMap(parent -> children(parent.judged(), hierarchy, role, company, parent.customer(), input));
    }

    private static Either<Rejection, Placed<Option<Customer>>> parent(Judged judged, Hierarchy hierarchy, Role role,
                                                                      Company company, AssociationInput input) {
        Customer customer = judged.customer();
        return input.parent().fold(
                () -> Either.right(new Placed<>(judged, customer.parent().map(judged.world()::customer))),
                () -> Either.right(new Placed<>(judged, Option.none())),
                ref -> attached(judged, hierarchy, role, company, ref));
    }

    private static Either<Rejection, Placed<Option<Customer>>> attached(Judged judged, Hierarchy hierarchy, Role role,
                                                                        Company company, CustomerRef ref) {
        World world = judged.world();
        Customer customer = judged.customer();
        Either<Rejection, CustomerId> named = named(world, ref);
        if (judged.registering() && unknown(named)) {
            return registeredParent(judged, ref, hierarchy, role, company);
        }
        return named.flatMap(id -> {
            if (id.equals(customer.id())) {
                return Either.left(Rejection.invalid(ErrorCode.CYCLIC_HIERARCHY));
            }
            Customer parent = world.customer(id);
            Option<Association> association = parent.association();
            if (association.isEmpty() || !association.get().company().equals(company.id())) {
                return Either.left(Rejection.conflict(ErrorCode.DIFFERENT_COMPANIES));
            }
            RoleCode parentRole = association.get().role();
            if (!hierarchy.mayParent(parentRole, role.code())) {
                return Either.left(Rejection.conflict(ErrorCode.PARENT_ROLE_MISMATCH, parent.id()));
            }
            if (world.chainFrom(parent).contains(customer.id())) {
                return Either.left(Rejection.conflict(ErrorCode.CYCLIC_HIERARCHY));
            }
            return joinable(hierarchy, company, parentRole, () -> world.childCount(id), customer.parent().contains(id) ? 0 : 1)
                    .map(joined -> new Placed<>(judged, Option.of(parent)));
        });
    }

    /** A parent registered by this item, with the direct parent role of the customer's role (§6.11), taking the customer (§6.52). */
    private static Either<Rejection, Placed<Option<Customer>>> registeredParent(Judged judged, CustomerRef ref, Hierarchy hierarchy,
                                                                                Role role, Company company) {
        Option<Role> parentRole = hierarchy.roles().parentOf(role.code());
        if (parentRole.isEmpty()) {
            return Either.left(Rejection.conflict(ErrorCode.PARENT_ROLE_MISMATCH, "(new)"));
        }
        Association association = new Association(hierarchy.code(), parentRole.get().code(), company.id(), Option.none());
        return joinable(hierarchy, company, parentRole.get().code(), () -> 0, 1)
                .flatMap(joined -> registeredFrom(judged, ref, association))
                .map(registered -> new Placed<>(registered.judged(), Option.of(registered.customer())));
    }

    private static Either<Rejection, Links> children(Judged judged, Hierarchy hierarchy, Role role, Company company,
                                                     Option<Customer> parent, AssociationInput input) {
        List<CustomerRef> named = input.children().getOrElse(List.empty());
        if (named.isEmpty()) {
            return Either.right(new Links(judged, parent, List.empty(), List.empty()));
        }
        Option<String> requested = AssociationRules.given(input.childRoleCode());
        Option<Role> childRole = requested
                .map(code -> RoleCode.parse(code).toOption().flatMap(wanted -> hierarchy.childRole(role.code(), wanted)))
                .getOrElse(() -> hierarchy.childRole(role.code()));
        if (childRole.isEmpty()) {
            return Either.left(Rejection.invalid(ErrorCode.CHILD_ROLE_NOT_ALLOWED, input.childRoleCode().getOrElse("(none)")));
        }
        Customer customer = judged.customer();
        Association placement = new Association(hierarchy.code(), childRole.get().code(), company.id(), Option.of(customer.id()));
        List<CustomerId> above = parent.map(judged.world()::chainFrom).getOrElse(List.empty()).prepend(customer.id());
        Links links = new Links(judged, parent, List.empty(), List.empty());
        int newcomers = 0;
        for (CustomerRef ref : named) {
            World world = links.judged().world();
            Either<Rejection, CustomerId> id = named(world, ref);
            if (judged.registering() && unknown(id)) {
                Either<Rejection, Placed<Customer>> child = registeredFrom(links.judged(), ref, placement);
                if (child.isLeft()) {
                    return Either.left(child.getLeft());
                }
                newcomers += 1;
                links = new Links(child.get().judged(), parent, links.children().append(child.get().customer()),
                        links.associatedNow().append(child.get().customer().id()));
                continue;
            }
            if (id.isLeft()) {
                return Either.left(id.getLeft());
            }
            if (above.contains(id.get())) {
                return Either.left(Rejection.conflict(ErrorCode.CYCLIC_HIERARCHY));
            }
            if (links.children().exists(child -> child.id().equals(id.get()))) {
                continue;
            }
            Customer child = world.customer(id.get());
            newcomers += child.parent().contains(customer.id()) ? 0 : 1;
            Either<Rejection, Customer> placed = placed(child, placement);
            if (placed.isLeft()) {
                return Either.left(placed.getLeft());
            }
            links = new Links(links.judged(), parent, links.children().append(placed.get()),
                    child.association().isEmpty() ? links.associatedNow().append(child.id()) : links.associatedNow());
        }
        Links placedAll = links;
        return joinable(hierarchy, company, role.code(), () -> placedAll.judged().world().childCount(customer.id()), newcomers)
                .map(joined -> placedAll);
    }

    /** A child keeps its hierarchy (1626), role (1627) and company (1628), and takes the customer as its parent. */
    private static Either<Rejection, Customer> placed(Customer child, Association placement) {
        Option<Association> association = child.association();
        if (association.exists(stored -> !stored.hierarchy().equals(placement.hierarchy()))) {
            return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED));
        }
        if (association.exists(stored -> !stored.role().equals(placement.role()))) {
            return Either.left(Rejection.conflict(ErrorCode.ROLE_CHANGE_NOT_ALLOWED));
        }
        if (association.exists(stored -> !stored.company().equals(placement.company()))) {
            return Either.left(Rejection.conflict(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED));
        }
        return Either.right(child.withAssociation(placement));
    }

    /**
     * The company, when {@code joining} new children may join a parent of {@code parentRole} in it: a deactivated hierarchy
     * or company takes none (1610, 1705), and the parent's children must fit its role's maxChild (1618, §6.1). Links that
     * exist need neither.
     */
    private static Either<Rejection, Company> joinable(Hierarchy hierarchy, Company company, RoleCode parentRole, IntSupplier children,
                                                       int joining) {
        if (joining == 0) {
            return Either.right(company);
        }
        int max = hierarchy.roles().role(parentRole).flatMap(Role::maxChild).getOrElse(0);
        return open(hierarchy).flatMap(active -> open(company))
                .filterOrElse(active -> children.getAsInt() + joining <= max,
                        active -> Rejection.conflict(ErrorCode.MAX_CHILD_REACHED, parentRole, max));
    }

    /** A deactivated hierarchy takes no new association (1610); what it holds stays. */
    static Either<Rejection, Hierarchy> open(Hierarchy hierarchy) {
        return hierarchy.active() ? Either.right(hierarchy)
                : Either.left(Rejection.conflict(ErrorCode.HIERARCHY_INACTIVE, hierarchy.code()));
    }

    /** A deactivated company takes no new association (1705); what it holds stays. */
    static Either<Rejection, Company> open(Company company) {
        return company.active() ? Either.right(company)
                : Either.left(Rejection.conflict(ErrorCode.COMPANY_INACTIVE, company.externalId()));
    }

    /** The customer named by a reference's identifiers (1621 when nobody holds them, or it names none). */
    private static Either<Rejection, CustomerId> named(World world, CustomerRef ref) {
        if (ref.profiles().forAll(profile -> profile.identifiers().isEmpty())) {
            return Either.left(Rejection.notFound(ErrorCode.CUSTOMER_NOT_REGISTERED, "no identifiers"));
        }
        return FindingTheCustomer.located(world, ref.profiles())
                .flatMap(located -> FindingTheCustomer.holderOf(world, located.flatMap(LocatedProfile::identifiers),
                        ErrorCode.CUSTOMER_NOT_REGISTERED));
    }

    private static boolean unknown(Either<Rejection, CustomerId> named) {
        return named.isLeft() && named.getLeft().code() == ErrorCode.CUSTOMER_NOT_REGISTERED;
    }

    /**
     * Another customer an item names, registered from the identifiers it is named by, with its association. It enters
     * the world unplaced, so that a later reference to it names it while the counts the item checks stay those stored.
     */
    private static Either<Rejection, Placed<Customer>> registeredFrom(Judged judged, CustomerRef ref, Association association) {
        World world = judged.world();
        Customer blank = Customer.registered(world.nextCustomerId(), LoyaltyType.LOYALTY, world.context().now());
        return FindingTheCustomer.located(world, ref.profiles())
                .flatMap(located -> ProfileMerge.judge(Judged.registered(world, blank, judged.registering()), located))
                .map(merged -> ExtendedFieldMerge.judge(merged, ref.extendedFields()))
                .flatMap(merged -> CustomerBounds.judge(Option.none(), merged.customer(), ref.profiles()).map(merged::with))
                .map(merged -> new Placed<>(judged.withAside(merged.with(merged.world().with(merged.customer()))),
                        merged.customer().withAssociation(association)));
    }
}

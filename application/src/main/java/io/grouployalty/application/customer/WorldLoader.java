package io.grouployalty.application.customer;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.customer.rules.FindingTheCustomer;
import io.grouployalty.domain.customer.rules.OrgReference;
import io.grouployalty.domain.customer.rules.TillCheck;
import io.grouployalty.domain.customer.rules.World;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Loads the world an item is judged in: the holders of every identifier it names, those customers locked in id order
 * and read once locked (the identifiers nobody held looked up again then, and new holders locked too), the customers
 * above them, their child counts when the item associates, the definitions it names, and the ids its registrations
 * may take.
 */
final class WorldLoader {

    private static final int LOCKING_ROUNDS = 3;

    private final Customers customers;
    private final ReferenceData reference;

    WorldLoader(Customers customers, ReferenceData reference) {
        this.customers = customers;
        this.reference = reference;
    }

    BatchSettings settingsOf(OrgId org) {
        return new BatchSettings(reference, org);
    }

    World load(ItemContext context, BatchSettings settings, CustomerItem item, boolean registering) {
        OrgId org = context.org();
        List<Holding> named = FindingTheCustomer.holdingsNamed(context.requestProfile(), item);
        Map<Holding, Option<CustomerId>> holders = holdersOf(context, named);
        Map<CustomerId, Customer> locked = HashMap.empty();
        for (int round = 0; round < LOCKING_ROUNDS; round++) {
            List<CustomerId> toLock = notLocked(holders, locked);
            if (toLock.isEmpty()) {
                break;
            }
            for (CustomerId id : toLock) {
                locked = locked.put(id, customers.locked(org, id).getOrElseThrow(() -> new IllegalStateException("customer vanished")));
            }
            holders = holders.merge(holdersOf(context, free(holders)), (before, now) -> now);
        }
        Map<CustomerId, Customer> known = withAncestors(org, locked);
        Map<CustomerId, Integer> childCounts = item.association().isDefined()
                ? customers.childCounts(org, locked.keySet().toList()) : HashMap.empty();
        OrgReference definitions = definitionsNamed(org, settings.neededBy(item), item, known.values().toList());
        return new World(context, definitions, holders, known, childCounts,
                customers.nextIds(registering ? registrationsPossible(context, item, holders) : 0),
                companyCreationPossible(item, definitions) ? List.of(reference.companies().nextId()) : List.empty());
    }

    /** The holders not locked yet, in id order. */
    private static List<CustomerId> notLocked(Map<Holding, Option<CustomerId>> holders, Map<CustomerId, Customer> locked) {
        return holders.values().flatMap(holder -> holder).distinct().filter(id -> !locked.containsKey(id))
                .sortBy(CustomerId::value).toList();
    }

    /**
     * The identifiers nobody held when looked up: a concurrent registration may take one until the item's rows are
     * locked. One that was held stays with its holder, since identifiers never move.
     */
    private static List<Holding> free(Map<Holding, Option<CustomerId>> holders) {
        return holders.filter(holding -> holding._2.isEmpty()).keySet().toList();
    }

    /** A card is looked up org-wide, whatever the profile it is looked up with. */
    private Map<Holding, Option<CustomerId>> holdersOf(ItemContext context, List<Holding> named) {
        return named.toMap(holding -> holding, holding -> customers.holderOf(context.org(),
                holding.profile().getOrElse(context.requestProfile()), holding.identifier()));
    }

    /** The customers with those above them, up to the top of the deepest hierarchy. */
    private Map<CustomerId, Customer> withAncestors(OrgId org, Map<CustomerId, Customer> locked) {
        Map<CustomerId, Customer> known = locked;
        for (int level = 0; level < RoleChain.MAX_ROLES; level++) {
            Map<CustomerId, Customer> loaded = known;
            List<CustomerId> parents = loaded.values().flatMap(Customer::parent).distinct().filter(id -> !loaded.containsKey(id)).toList();
            if (parents.isEmpty()) {
                break;
            }
            known = known.merge(customers.byIds(org, parents).toMap(Customer::id, customer -> customer));
        }
        return known;
    }

    /** The programs, tills, hierarchies and companies the item or its customers name. */
    private OrgReference definitionsNamed(OrgId org, OrgReference settings, CustomerItem item, List<Customer> known) {
        OrgReference definitions = settings;
        for (ProgramId program : item.enrollments().map(EnrollmentInput::programId).filter(id -> id > 0).distinct().map(ProgramId::new)) {
            definitions = definitions.withProgram(program, reference.programs().byId(org, program));
        }
        for (TillCode till : TillCheck.namedTills(item).flatMap(code -> TillCode.parse(code).toOption())) {
            definitions = definitions.withTill(till, reference.tills().find(till).exists(found -> found.belongsTo(org)));
        }
        List<Association> associations = known.flatMap(Customer::association);
        Option<AssociationInput> association = item.association();
        List<HierarchyCode> hierarchies = association.flatMap(AssociationInput::hierarchyCode).toList()
                .appendAll(association.flatMap(AssociationInput::fleetCompany).flatMap(CompanyInput::hierarchyDefinitionCode))
                .flatMap(code -> HierarchyCode.parse(code).toOption())
                .appendAll(associations.map(Association::hierarchy)).distinct();
        for (HierarchyCode code : hierarchies) {
            definitions = definitions.withHierarchy(code, reference.hierarchies().byCode(org, code));
        }
        for (ExternalId externalId : association.flatMap(AssociationInput::fleetCompany)
                .flatMap(company -> ExternalId.parse(company.externalId()).toOption())) {
            definitions = definitions.withCompanyNamed(externalId, reference.companies().byExternalId(org, externalId));
        }
        for (CompanyId company : associations.map(Association::company).distinct()) {
            definitions = reference.companies().byId(org, company).map(definitions::withCompany).getOrElse(definitions);
        }
        return definitions;
    }

    /** How many of the customers an item names — itself, its parent, its children — no identifier of theirs finds. */
    private static int registrationsPossible(ItemContext context, CustomerItem item, Map<Holding, Option<CustomerId>> holders) {
        List<List<Holding>> named = List.of(FindingTheCustomer.holdingsOf(context.requestProfile(), item.profiles()))
                .appendAll(FindingTheCustomer.namedOthers(item).map(other -> FindingTheCustomer.holdingsOf(context.requestProfile(),
                        other.profiles())));
        return named.count(holdings -> holdings.forAll(holding -> holders.get(holding).flatMap(holder -> holder).isEmpty()));
    }

    /** Whether the item names a company to create that does not exist. */
    private static boolean companyCreationPossible(CustomerItem item, OrgReference definitions) {
        return item.association().flatMap(AssociationInput::fleetCompany)
                .exists(company -> company.name().isDefined() && company.hierarchyDefinitionCode().isDefined()
                        && ExternalId.parse(company.externalId()).toOption().flatMap(definitions::companyNamed).isEmpty());
    }
}

package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.hierarchy.FleetHierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The demo org of API.md §2 as worlds loaded the way the application loads them, and customers stored in them. A
 * world is loaded for an item: the holders of every identifier it names, the customers stored, their child counts,
 * and the definitions it names, found or not.
 */
final class Worlds {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final ZoneOffset ORG_ZONE = ZoneOffset.ofHoursMinutes(5, 30);
    static final String OUR_TILL = "demo.till";
    static final String OUR_OTHER_TILL = "pos.till";
    static final String ANOTHER_ORGS_TILL = "other.till";
    static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);
    static final ProfileKey WECHAT_CM = ProfileKey.of(Source.WECHAT, "WECHAT-CM");

    /** GFA → SFA → FA → FC, 5000 children each. */
    static final Hierarchy FLEET = FleetHierarchies.fleet();
    static final Hierarchy SKIPPING = FleetHierarchies.fleetAllowingSkips();
    /** OWNER → DRIVER, two drivers per owner. */
    static final Hierarchy TINY = twoRoles(23, "tiny", 2);
    static final Hierarchy NO_ROOM = twoRoles(24, "no-room", 0);
    static final Hierarchy RETIRED = Hierarchy.define(new HierarchyId(25), FleetHierarchies.fleetDraft("retired"), CREATED).get()
            .deactivated();
    static final List<Hierarchy> HIERARCHIES = List.of(FLEET, SKIPPING, TINY, NO_ROOM, RETIRED);

    static final Company SOLACE = company(71, "ex917471000000", FLEET);
    static final Company OTHER_CO = company(72, "other-co", FLEET);
    static final Company TINY_CO = company(73, "tiny-co", TINY);
    static final Company SKIP_CO = company(74, "skip-co", SKIPPING);
    static final Company NO_ROOM_CO = company(75, "no-room-co", NO_ROOM);
    static final Company RETIRED_CO = company(76, "retired-co", RETIRED);
    static final Company CLOSED_CO = company(77, "closed-co", FLEET).deactivated();
    static final List<Company> COMPANIES = List.of(SOLACE, OTHER_CO, TINY_CO, SKIP_CO, NO_ROOM_CO, RETIRED_CO, CLOSED_CO);

    static final Map<String, CardStatus> LABELS = LinkedHashMap.of("ACTIVE", CardStatus.ACTIVE, "BLOCKED", CardStatus.INACTIVE,
            "LOST", CardStatus.SUSPENDED);
    /** One active card per customer. */
    static final CardSeriesDefinition FLEET_CARDS = new CardSeriesDefinition(10, "FleetCard1", LABELS, 1);
    static final CardSeriesDefinition SPARE_CARDS = new CardSeriesDefinition(11, "SpareCard", LABELS, 3);
    /** A series that knows no lost cards. */
    static final CardSeriesDefinition GIFT_CARDS = new CardSeriesDefinition(12, "GiftCard",
            LinkedHashMap.of("ACTIVE", CardStatus.ACTIVE, "BLOCKED", CardStatus.INACTIVE), 3);
    static final Program FLEET_REWARDS = new Program(new ProgramId(1), "Fleet Rewards",
            List.of(new Tier(1, "Bronze"), new Tier(2, "Silver"), new Tier(3, "Gold")));

    private static final List<OrgSource> SOURCES = List.of(
            new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM"))),
            OrgSource.singleAccount(Source.INSTORE),
            OrgSource.singleAccount(Source.ECOMMERCE));
    private static final List<ExtendedFieldDefinition> EXTENDED_FIELDS = List.of(
            new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(6)),
            new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none()),
            new ExtendedFieldDefinition("dob", ExtendedFieldType.DATE, Option.none()),
            new ExtendedFieldDefinition("fleet_size", ExtendedFieldType.INTEGER, Option.none()),
            new ExtendedFieldDefinition("rating", ExtendedFieldType.DOUBLE, Option.none()),
            new ExtendedFieldDefinition("vip", ExtendedFieldType.BOOLEAN, Option.none()));
    private static final List<String> OUR_TILLS = List.of(OUR_TILL, OUR_OTHER_TILL);

    private final List<Hierarchy> hierarchies;
    private final List<Company> companies;
    private final List<Customer> stored;
    private final List<CustomerId> freshIds;
    private final List<CompanyId> freshCompanyIds;
    private final ZoneOffset zone;
    private final ProfileKey requestProfile;

    private Worlds(List<Hierarchy> hierarchies, List<Company> companies, List<Customer> stored, List<CustomerId> freshIds,
                   List<CompanyId> freshCompanyIds, ZoneOffset zone, ProfileKey requestProfile) {
        this.hierarchies = hierarchies;
        this.companies = companies;
        this.stored = stored;
        this.freshIds = freshIds;
        this.freshCompanyIds = freshCompanyIds;
        this.zone = zone;
        this.requestProfile = requestProfile;
    }

    /** The demo org's sources, fields, card series, program and tills, with no hierarchy or company. */
    static Worlds anOrg() {
        return new Worlds(List.empty(), List.empty(), List.empty(), List.empty(), List.empty(), ORG_ZONE, INSTORE);
    }

    /** The demo org with its hierarchies (one of them retired) and their companies (one of them closed). */
    static Worlds anOrgWithTheFleetHierarchy() {
        return new Worlds(HIERARCHIES, COMPANIES, List.empty(), List.empty(), List.empty(), ORG_ZONE, INSTORE);
    }

    Worlds holding(Customer... customers) {
        return new Worlds(hierarchies, companies, stored.appendAll(List.of(customers)), freshIds, freshCompanyIds, zone, requestProfile);
    }

    /** Ids drawn for registrations: 1, 2, ... n. */
    Worlds withFreshIds(int n) {
        return new Worlds(hierarchies, companies, stored, List.rangeClosed(1, n).map(CustomerId::new), freshCompanyIds, zone, requestProfile);
    }

    Worlds withAFreshCompanyId(long id) {
        return new Worlds(hierarchies, companies, stored, freshIds, List.of(new CompanyId(id)), zone, requestProfile);
    }

    Worlds inZone(ZoneOffset other) {
        return new Worlds(hierarchies, companies, stored, freshIds, freshCompanyIds, other, requestProfile);
    }

    /** A request whose query names this source and account. */
    Worlds requestedIn(ProfileKey profile) {
        return new Worlds(hierarchies, companies, stored, freshIds, freshCompanyIds, zone, profile);
    }

    World world() {
        return loadedFor(Items.anItem().build());
    }

    /** The world the application would load for the item, holding more customers and definitions than it needs at most. */
    World loadedFor(CustomerItem item) {
        Map<Holding, Option<CustomerId>> holders = LinkedHashMap.empty();
        for (Holding named : FindingTheCustomer.holdingsNamed(requestProfile, item)) {
            holders = holders.put(named, holderOf(named));
        }
        for (Customer customer : stored) {
            for (Profile profile : customer.profiles()) {
                for (Identifier identifier : profile.identifiers()) {
                    holders = holders.put(Holding.of(profile.key(), identifier), Option.of(customer.id()));
                }
                for (Card card : profile.cards()) {
                    holders = holders.put(Holding.of(card), Option.of(customer.id()));
                }
            }
        }
        Map<CustomerId, Customer> customers = LinkedHashMap.ofEntries(stored.map(customer -> io.vavr.Tuple.of(customer.id(), customer)));
        Map<CustomerId, Integer> childCounts = customers.mapValues(parent -> stored.count(child -> child.parent().contains(parent.id())));
        return new World(new ItemContext(new OrgId(1001), zone, requestProfile, OUR_TILL, NOW), definitionsNamed(item), holders,
                customers, childCounts, freshIds, freshCompanyIds);
    }

    private Option<CustomerId> holderOf(Holding holding) {
        return stored.find(customer -> customer.profiles().exists(profile -> holding.profile().forAll(profile.key()::equals)
                && profile.holds(holding.identifier()))).map(Customer::id);
    }

    private OrgReference definitionsNamed(CustomerItem item) {
        OrgReference reference = OrgReference.of(SOURCES, List.of("gender", "city"), EXTENDED_FIELDS, List.of(FLEET_CARDS, SPARE_CARDS, GIFT_CARDS));
        for (long id : item.enrollments().map(EnrollmentInput::programId).filter(id -> id > 0).distinct()) {
            ProgramId program = new ProgramId(id);
            reference = reference.withProgram(program, Option.of(FLEET_REWARDS).filter(known -> known.id().equals(program)));
        }
        for (TillCode till : TillCheck.namedTills(item).flatMap(code -> TillCode.parse(code).toOption())) {
            reference = reference.withTill(till, OUR_TILLS.contains(till.value()));
        }
        Option<AssociationInput> association = item.association();
        for (HierarchyCode code : association.flatMap(AssociationInput::hierarchyCode).toList()
                .appendAll(association.flatMap(AssociationInput::fleetCompany).flatMap(CompanyInput::hierarchyDefinitionCode))
                .flatMap(code -> HierarchyCode.parse(code).toOption())) {
            reference = reference.withHierarchy(code, Option.none());
        }
        for (Hierarchy hierarchy : hierarchies) {
            reference = reference.withHierarchy(hierarchy.code(), Option.of(hierarchy));
        }
        for (ExternalId externalId : association.flatMap(AssociationInput::fleetCompany)
                .flatMap(company -> ExternalId.parse(company.externalId()).toOption())) {
            reference = reference.withCompanyNamed(externalId, Option.none());
        }
        for (Company company : companies) {
            reference = reference.withCompany(company);
        }
        return reference;
    }

    // Customers as they are stored.

    /** A loyalty customer named Tom with one INSTORE profile holding the mobile; its id is the mobile's digits. */
    static Customer aStoredCustomer(String mobile) {
        Profile profile = Profile.empty(INSTORE, CREATED, OUR_TILL).with(Option.of("Tom"), Option.none(), List.of(mobile(mobile)),
                List.empty(), List.empty(), LinkedHashMap.empty());
        return new Customer(new CustomerId(Long.parseLong(mobile)), List.of(profile), LinkedHashMap.empty(), LoyaltyType.LOYALTY,
                List.empty(), Option.none(), CREATED, CREATED);
    }

    static Customer aNonLoyaltyCustomer(String mobile) {
        return aStoredCustomer(mobile).withLoyaltyType(LoyaltyType.NON_LOYALTY);
    }

    /** A customer of the role in the company's hierarchy, with no parent. */
    static Customer aMember(String mobile, String role, Company company) {
        return aStoredCustomer(mobile).withAssociation(new Association(company.hierarchy(), new RoleCode(role), company.id(),
                Option.none()));
    }

    /** A customer of the role below the owner's, in the owner's company, under the owner. */
    static Customer aDriverUnder(Customer owner, String mobile) {
        Association above = owner.association().get();
        Hierarchy hierarchy = HIERARCHIES.find(each -> each.code().equals(above.hierarchy())).get();
        return aStoredCustomer(mobile).withAssociation(new Association(above.hierarchy(),
                hierarchy.childRole(above.role()).get().code(), above.company(), Option.of(owner.id())));
    }

    /** The customer moved under another parent (or, were the data ever so, under one it should not be under). */
    static Customer under(Customer child, Customer parent) {
        return child.withAssociation(child.association().get().withParent(Option.of(parent.id())));
    }

    static Customer holdingCard(Customer customer, ProfileKey key, Card card) {
        Profile profile = profileOf(customer, key);
        return customer.withProfile(profile.with(profile.firstName(), profile.lastName(), profile.identifiers(),
                profile.cards().append(card), profile.channels(), profile.fields()));
    }

    static Customer holdingIdentifier(Customer customer, ProfileKey key, IdentifierType type, String value) {
        Profile profile = profileOf(customer, key);
        return customer.withProfile(profile.with(profile.firstName(), profile.lastName(),
                profile.identifiers().append(Identifier.parse(type, value).get()), profile.cards(), profile.channels(), profile.fields()));
    }

    static Customer enrolledIn(Customer customer, long program, int tier, long points) {
        return customer.withEnrollments(customer.enrollments().append(new Enrollment(new ProgramId(program), tier, points, Option.none(),
                Option.none(), CREATED)));
    }

    /** A card of the FleetCard1 series under one of its labels. */
    static Card aCard(String number, String label) {
        return new Card(number, FLEET_CARDS.id(), label, LABELS.get(label).get());
    }

    static Company anInactiveCompany() {
        return CLOSED_CO;
    }

    static Identifier mobile(String value) {
        return Identifier.parse(IdentifierType.MOBILE, value).get();
    }

    private static Profile profileOf(Customer customer, ProfileKey key) {
        return customer.profile(key).getOrElse(() -> Profile.empty(key, CREATED, OUR_TILL));
    }

    private static Hierarchy twoRoles(long id, String code, int maxChild) {
        return Hierarchy.define(new HierarchyId(id), FleetHierarchies.withRoles(code,
                List.of(RoleDraft.parent("OWNER", "DRIVER", maxChild), RoleDraft.leaf("DRIVER"))), CREATED).get();
    }

    private static Company company(long id, String externalId, Hierarchy hierarchy) {
        return new Company(new CompanyId(id), new ExternalId(externalId), externalId, hierarchy.code(), Option.none(), true,
                LinkedHashMap.empty(), CREATED);
    }
}

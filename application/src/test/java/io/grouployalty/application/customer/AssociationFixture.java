package io.grouployalty.application.customer;

import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryWorld;
import io.grouployalty.application.org.OrgSetupService;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSecret;
import io.grouployalty.domain.org.TillSetup;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetDraft;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetCards;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRewards;
import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.customer.Items.card;
import static io.grouployalty.application.customer.Items.mobile;
import static io.grouployalty.application.customer.Items.ref;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo org in memory, with customers registered directly, for the tests of the customer use cases. */
abstract class AssociationFixture {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final String FLEET = "code-association2";
    static final String COMPANY = "ex917471000000";
    static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);

    final InMemoryWorld world = InMemoryWorld.create();
    final OrgPorts ports = world.ports();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Org org = new Org(new OrgId(1001), "Demo", ZoneOffset.ofHoursMinutes(5, 30));
    final Caller caller = new Caller(new TillCode("demo.till"), org.id());
    final AssociationService service = new AssociationService(ports.orgs(), world.customers(), world.history(),
            new ReferenceData(ports.settings(), ports.tills(), ports.programs(), ports.cardSeries(), ports.hierarchies(), ports.companies()),
            ports.transactions(), clock, Duration.ofSeconds(30));

    @BeforeEach
    void theDemoOrg() {
        HierarchyService hierarchies = new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), clock);
        CompanyService companies = new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), clock);
        HierarchyDraft tiny = new HierarchyDraft("tiny", Option.none(), Option.none(),
                List.of(RoleDraft.parent("OWNER", "DRIVER", 2), RoleDraft.leaf("DRIVER")), false, false, false, false);
        HierarchyDraft retired = aFleetDraft("retired");
        OrgSetup setup = OrgSetup.of(org)
                .withTills(List.of(new TillSetup(new TillCode("demo.till"), new TillSecret.Password(PasswordDigest.ofPassword("demo123")))))
                .withSources(List.of(wechatWithAccounts("WECHAT-CM")))
                .withPrograms(List.of(fleetRewards(1)))
                .withCardSeries(List.of(new CardSeriesDefinition(10, "FleetCard1", fleetCards(10, "FleetCard1").statusLabels(), 1)))
                .withCustomFields(List.of("gender", "city"))
                .withExtendedFields(List.of(
                        new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(6)),
                        new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none()),
                        new ExtendedFieldDefinition("dob", ExtendedFieldType.DATE, Option.none()),
                        new ExtendedFieldDefinition("fleet_size", ExtendedFieldType.INTEGER, Option.none())))
                .withHierarchies(List.of(aFleetDraft(FLEET), tiny, retired))
                .withCompanies(List.of(company(COMPANY, FLEET), company("other-co", FLEET), company("tiny-co", "tiny"),
                        company("retired-co", "retired")));
        assertThat(new OrgSetupService(ports.orgs(), ports.tills(), ports.settings(), ports.programs(), ports.cardSeries(), hierarchies,
                companies, new FakePasswordHasher(), ports.transactions()).apply(setup).isRight()).isTrue();
        ports.hierarchies().save(org.id(), ports.hierarchies().byCode(org.id(), new HierarchyCode("retired")).get().deactivated());
    }

    static CompanyDraft company(String externalId, String hierarchy) {
        return new CompanyDraft(externalId, externalId, hierarchy, Option.none(), HashMap.empty());
    }

    Customer registered(String mobile) {
        Profile profile = Profile.empty(INSTORE, NOW, "demo.till")
                .with(Option.of("Tom"), Option.none(), List.of(Identifier.parse(IdentifierType.MOBILE, mobile).get()),
                        List.empty(), List.empty(), LinkedHashMap.empty());
        Customer customer = new Customer(world.customers().nextIds(1).head(), List.of(profile), LinkedHashMap.empty(), LoyaltyType.LOYALTY,
                List.empty(), Option.none(), NOW, NOW);
        return world.customers().save(org.id(), Option.none(), customer).get();
    }

    Customer associated(String mobile, String role, String company, Option<Customer> parent) {
        Customer customer = registered(mobile);
        String hierarchy = ports.companies().byExternalId(org.id(), new ExternalId(company)).get().hierarchy().value();
        return world.customers().save(org.id(), Option.of(customer), customer.withAssociation(new Association(new HierarchyCode(hierarchy), new RoleCode(role),
                ports.companies().byExternalId(org.id(), new ExternalId(company)).get().id(), parent.map(Customer::id)))).get();
    }

    Customer stored(Customer customer) {
        return world.customers().byId(org.id(), customer.id()).get();
    }

    List<Either<ItemFailure, ItemOutcome>> put(boolean dryRun, Items... items) {
        return service.update(new UpdateAssociationDetails.Command(caller, INSTORE, List.of(items).map(Items::build), dryRun, "req-1"));
    }

    Either<ItemFailure, ItemOutcome> put(Items item) {
        return put(false, item).head();
    }

    final CustomerReadService reads = new CustomerReadService(world.customers(), ports.companies(), world.history());

    List<Either<ItemFailure, ItemOutcome>> post(boolean dryRun, Items... items) {
        return service.associate(new AssociateCustomers.Command(caller, INSTORE, List.of(items).map(Items::build), dryRun, "req-1"));
    }

    Either<ItemFailure, ItemOutcome> post(Items item) {
        return post(false, item).head();
    }

    Option<Customer> holderOf(String mobile) {
        return world.customers().holderOf(org.id(), INSTORE, Identifier.parse(IdentifierType.MOBILE, mobile).get())
                .flatMap(id -> world.customers().byId(org.id(), id));
    }

    List<Object> everything() {
        return List.of(List.range(1, 40).flatMap(id -> world.customers().byId(org.id(), new CustomerId(id))),
                List.range(1, 40).map(id -> world.history().of(org.id(), new CustomerId(id), 100, 0).items()),
                ports.companies().byExternalId(org.id(), new ExternalId("new-co")));
    }

    void assertRefused(ErrorCode expected, Items item) {
        List<Object> before = everything();
        Either<ItemFailure, ItemOutcome> outcome = put(item);
        assertThat(outcome.isLeft()).as("refused with %s", expected).isTrue();
        assertThat(seen(outcome.getLeft().rejection().code())).isEqualTo(expected);
        assertThat(everything()).as("nothing changed").isEqualTo(before);
    }

    List<ErrorCode> warningsOf(Items item) {
        return put(item).get().warnings().map(warning -> seen(warning.code()));
    }

    static AssociationInput in(String hierarchy, String role, String company) {
        return AssociationInput.none().in(hierarchy, role, company);
    }

}

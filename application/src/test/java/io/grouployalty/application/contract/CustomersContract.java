package io.grouployalty.application.contract;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.ReferenceFixtures.aCompany;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetHierarchy;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Customers} must do. */
public abstract class CustomersContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);
    private static final AtomicLong MOBILES = new AtomicLong(910_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private Org org;
    private Company company;

    protected abstract CustomerPorts ports();

    private Customers customers() {
        return ports().customers();
    }

    @BeforeEach
    void anOrgWithACompany() {
        org = aNewOrg();
        OrgPorts orgPorts = ports().orgPorts();
        orgPorts.orgs().save(org);
        Hierarchy fleet = aFleetHierarchy(orgPorts.hierarchies().nextId());
        orgPorts.hierarchies().save(org.id(), fleet);
        company = aCompany(orgPorts.companies().nextId(), fleet, Option.none(), NOW);
        orgPorts.companies().save(org.id(), company);
    }

    private static Identifier aNewMobile() {
        return Identifier.parse(IdentifierType.MOBILE, Long.toString(MOBILES.incrementAndGet())).get();
    }

    private Customer aCustomer(Identifier identifier, List<Card> cards) {
        Profile profile = Profile.empty(INSTORE, NOW, "till").with(Option.of("Tom"), Option.none(), List.of(identifier), cards,
                List.empty(), LinkedHashMap.empty());
        return new Customer(customers().nextIds(1).head(), List.of(profile), LinkedHashMap.of("city", new FieldValue.Text("Pune")), LoyaltyType.LOYALTY,
                List.empty(), Option.none(), NOW, NOW);
    }

    private Customer saved(Customer customer) {
        return customers().save(org.id(), Option.none(), customer).get();
    }

    private Customer child(Customer parent, String role) {
        return saved(aCustomer(aNewMobile(), List.empty())
                .withAssociation(new Association(company.hierarchy(), new RoleCode(role), company.id(), Option.of(parent.id()))));
    }

    @Test
    void findsASavedCustomerByIdAndByItsIdentifierInItsProfile() {
        Identifier mobile = aNewMobile();
        Customer tom = saved(aCustomer(mobile, List.empty()));

        assertThat(customers().byId(org.id(), tom.id()).get()).isEqualTo(tom);
        assertThat(customers().holderOf(org.id(), INSTORE, mobile)).contains(tom.id());
        assertThat(customers().holderOf(org.id(), ProfileKey.of(Source.JD), mobile).isEmpty()).isTrue();
        assertThat(customers().holderInAnyProfile(org.id(), mobile)).contains(tom.id());
    }

    @Test
    void drawsAsManyDistinctIdsAsAskedAtOnceAndNoneForNone() {
        List<CustomerId> drawn = customers().nextIds(3);

        assertThat(drawn.distinct().size()).isEqualTo(3);
        assertThat(customers().nextIds(1).head()).isNotIn(drawn.toJavaList());
        assertThat(customers().nextIds(0).isEmpty()).isTrue();
    }

    @Test
    void findsACardOrgWideWhateverTheProfile() {
        Identifier card = Identifier.parse(IdentifierType.CARDNUMBER, "card-" + MOBILES.incrementAndGet()).get();
        Customer tom = saved(aCustomer(aNewMobile(), List.of(new Card(card.value(), 10, "ACTIVE", CardStatus.ACTIVE))));

        assertThat(customers().holderOf(org.id(), ProfileKey.of(Source.WECHAT, "WECHAT-CM"), card)).contains(tom.id());
    }

    @Test
    void refusesToStoreAnIdentifierOrACardAnotherCustomerHolds() {
        Identifier mobile = aNewMobile();
        String cardNumber = "card-" + MOBILES.incrementAndGet();
        Customer first = saved(aCustomer(mobile, List.of(new Card(cardNumber, 10, "ACTIVE", CardStatus.ACTIVE))));

        assertThat(customers().save(org.id(), Option.none(), aCustomer(mobile, List.empty())).getLeft().code()).isEqualTo(ErrorCode.IDENTIFIER_TAKEN);
        assertThat(customers().save(org.id(), Option.none(), aCustomer(aNewMobile(), List.of(new Card(cardNumber, 10, "ACTIVE", CardStatus.ACTIVE))))
                .getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_EXISTS);
        assertThat(customers().save(org.id(), Option.of(first), first.withExtendedFields(LinkedHashMap.of("city", new FieldValue.Text("Goa")))).isRight()).isTrue();
    }

    @Test
    void countsAndPagesTheDirectChildrenOfAParentAndTheCustomersOfACompany() {
        Customer parent = saved(aCustomer(aNewMobile(), List.empty())
                .withAssociation(new Association(company.hierarchy(), new RoleCode("GFA"), company.id(), Option.none())));
        List<Customer> children = List.range(0, 5).map(i -> child(parent, "SFA"));
        child(children.head(), "FA");
        assertThat(customers().locked(org.id(), parent.id())).contains(parent);

        assertThat(customers().childCount(org.id(), parent.id())).isEqualTo(5);
        Page<Customer> page = customers().childrenOf(org.id(), parent.id(), CustomerOrder.CREATED_ASC, 2, 2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items().map(Customer::id).toJavaList()).containsExactly(children.get(2).id(), children.get(3).id());
        assertThat(customers().ofCompany(org.id(), company.id(), CustomerOrder.CREATED_DESC, 100, 0).total()).isEqualTo(7);
        assertThat(customers().childCounts(org.id(), List.of(parent.id(), children.head().id(), children.last().id())).toJavaMap())
                .containsEntry(parent.id(), 5).containsEntry(children.head().id(), 1).containsEntry(children.last().id(), 0);
        assertThat(customers().byIds(org.id(), List.of(children.get(1).id(), children.get(3).id())).map(Customer::id).toJavaSet())
                .containsExactlyInAnyOrder(children.get(1).id(), children.get(3).id());
    }

    @Test
    void neverShowsOneOrgTheCustomersOfAnother() {
        Identifier mobile = aNewMobile();
        Customer tom = saved(aCustomer(mobile, List.empty()));
        Org other = aNewOrg();
        ports().orgPorts().orgs().save(other);

        assertThat(customers().byId(other.id(), tom.id()).isEmpty()).isTrue();
        assertThat(customers().holderOf(other.id(), INSTORE, mobile).isEmpty()).isTrue();
        assertThat(customers().save(other.id(), Option.none(), aCustomer(mobile, List.empty())).isRight()).isTrue();
    }
}

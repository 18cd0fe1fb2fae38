package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.INSTORE;
import static io.grouployalty.domain.customer.rules.Worlds.SOLACE;
import static io.grouployalty.domain.customer.rules.Worlds.TINY_CO;
import static io.grouployalty.domain.customer.rules.Worlds.WECHAT_CM;
import static io.grouployalty.domain.customer.rules.Worlds.aCard;
import static io.grouployalty.domain.customer.rules.Worlds.aDriverUnder;
import static io.grouployalty.domain.customer.rules.Worlds.aMember;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static io.grouployalty.domain.customer.rules.Worlds.anOrgWithTheFleetHierarchy;
import static io.grouployalty.domain.customer.rules.Worlds.holdingCard;
import static io.grouployalty.domain.customer.rules.Worlds.mobile;
import static io.grouployalty.domain.customer.rules.Worlds.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldTest {

    private final Customer owner = aMember("921000000000", "OWNER", TINY_CO);
    private final Customer otherOwner = aMember("921000000001", "OWNER", TINY_CO);
    private final Customer driver = aDriverUnder(owner, "922000000001");

    static Stream<Arguments> lookupsNobodyLoaded() {
        return Stream.of(
                Arguments.of("the holder of an identifier", (Consumer<World>) world -> world.holderOf(INSTORE, mobile("919999999999"))),
                Arguments.of("the holder of it in another profile", (Consumer<World>) world -> world.holderOf(WECHAT_CM,
                        mobile("921000000000"))),
                Arguments.of("a customer", (Consumer<World>) world -> world.customer(new CustomerId(42))),
                Arguments.of("a child count", (Consumer<World>) world -> world.childCount(new CustomerId(42))),
                Arguments.of("a program", (Consumer<World>) world -> world.reference().program(new ProgramId(1))),
                Arguments.of("a till", (Consumer<World>) world -> world.reference().isTillOfTheOrg(new TillCode("demo.till"))),
                Arguments.of("a hierarchy", (Consumer<World>) world -> world.reference().hierarchy(new HierarchyCode("nope"))),
                Arguments.of("a company by externalId", (Consumer<World>) world -> world.reference().companyNamed(new ExternalId("nope"))),
                Arguments.of("a company by id", (Consumer<World>) world -> world.reference().company(new CompanyId(999))),
                Arguments.of("a registration's id", (Consumer<World>) World::nextCustomerId),
                Arguments.of("a created company's id", (Consumer<World>) World::nextCompanyId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookupsNobodyLoaded")
    void aLookupTheWorldWasNotLoadedForIsALoadingBug(String lookup, Consumer<World> asking) {
        World world = anOrgWithTheFleetHierarchy().holding(owner).world();

        assertThatThrownBy(() -> asking.accept(world)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whatWasLookedUpAndNotFoundIsAnAbsenceNotAGap() {
        CustomerItem item = anItem().identifiedByMobile("919999999999").inFleet("nope", "FA", "no-such-co").enrolledIn(9, 1, 0).build();
        World world = anOrg().loadedFor(item);

        assertThat(world.holderOf(INSTORE, mobile("919999999999")).isEmpty()).isTrue();
        assertThat(world.reference().hierarchy(new HierarchyCode("nope")).isEmpty()).isTrue();
        assertThat(world.reference().companyNamed(new ExternalId("no-such-co")).isEmpty()).isTrue();
        assertThat(world.reference().program(new ProgramId(9)).isEmpty()).isTrue();
        assertThat(world.known(new CustomerId(42)).isEmpty()).as("known asks, it does not require").isTrue();
    }

    @Test
    void aCustomerEnteredHoldsItsIdentifiersAndCardsAndTakesItsFreshId() {
        World world = anOrg().withFreshIds(2).world();
        Customer registered = holdingCard(aStoredCustomer("919905000000"), INSTORE, aCard("card_7100", "ACTIVE"));
        Customer fresh = new Customer(new CustomerId(1), registered.profiles(), registered.extendedFields(), registered.loyaltyType(),
                registered.enrollments(), registered.association(), registered.createdOn(), registered.updatedOn());

        World entered = world.with(fresh);

        assertThat(entered.customer(fresh.id())).isEqualTo(fresh);
        assertThat(entered.holderOf(INSTORE, mobile("919905000000"))).contains(fresh.id());
        assertThat(entered.holderOf(WECHAT_CM, new Identifier(IdentifierType.CARDNUMBER, "card_7100"))).as("org-wide").contains(fresh.id());
        assertThat(entered.childCount(fresh.id())).isZero();
        assertThat(entered.nextCustomerId()).isEqualTo(new CustomerId(2));
        assertThat(world.known(fresh.id()).isEmpty()).as("worlds do not change").isTrue();
    }

    @Test
    void aCustomerEnteredUnderAnotherParentMovesTheChildCounts() {
        World world = anOrgWithTheFleetHierarchy().holding(owner, otherOwner, driver).world();

        World moved = world.with(under(driver, otherOwner));
        World detached = world.with(driver.withAssociation(driver.association().get().withParent(Option.none())));
        World renamed = world.with(driver.withLoyaltyType(io.grouployalty.domain.customer.LoyaltyType.NON_LOYALTY));

        assertThat(world.childCount(owner.id())).isEqualTo(1);
        assertThat(moved.childCount(owner.id())).isZero();
        assertThat(moved.childCount(otherOwner.id())).isEqualTo(1);
        assertThat(detached.childCount(owner.id())).isZero();
        assertThat(renamed.childCount(owner.id())).isEqualTo(1);
        assertThat(moved.childCount(driver.id())).as("its own count stays").isZero();
    }

    @Test
    void aParentWhoseCountWasNotLoadedStaysUnloaded() {
        World world = anOrgWithTheFleetHierarchy().holding(otherOwner).world();

        World entered = world.with(driver);

        assertThat(entered.known(driver.id())).contains(driver);
        assertThatThrownBy(() -> entered.childCount(owner.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWorldAfterAnItemHoldsEveryoneItChangedAndTheCompanyItCreated() {
        CustomerItem item = anItem().identifiedByMobile("915905000000").inHierarchy("code-association2").withRole("SFA")
                .creatingCompany("new-co", "New Co", "code-association2").underParent("911000000000")
                .withChildren("913000000001", "913000000002").build();
        World world = anOrgWithTheFleetHierarchy().withFreshIds(4).withAFreshCompanyId(501).loadedFor(item);
        ItemOutcome outcome = ItemRules.associate(world, item).get();

        World after = world.after(outcome);

        assertThat(outcome.changed().map(changed -> after.customer(changed.id())).toJavaList()).isEqualTo(outcome.changed().toJavaList());
        assertThat(after.holderOf(INSTORE, mobile("913000000002"))).contains(new CustomerId(4));
        assertThat(after.childCount(new CustomerId(2))).as("the registered parent").isEqualTo(1);
        assertThat(after.childCount(new CustomerId(1))).as("the customer").isEqualTo(2);
        assertThat(after.childCount(new CustomerId(3))).isZero();
        assertThat(after.reference().companyNamed(new ExternalId("new-co"))).contains(outcome.company().get());
        assertThat(after.reference().company(new CompanyId(501)).name()).isEqualTo("New Co");
        assertThat(after.freshCustomerIds().isEmpty()).isTrue();
        assertThat(after.freshCompanyIds().isEmpty()).isTrue();
    }

    @Test
    void aLaterItemSeesWhatAnEarlierOneDid() {
        Customer tom = aStoredCustomer("915905000000");
        CustomerItem first = anItem().identifiedByMobile("915905000000").inFleet("code-association2", "GFA", "ex917471000000")
                .withChildren("912000000001").build();
        World world = anOrgWithTheFleetHierarchy().holding(tom).withFreshIds(1).loadedFor(first);

        World after = world.after(ItemRules.associate(world, first).get());
        ItemOutcome second = ItemRules.update(after, anItem().identifiedByMobile("912000000001").named("Ann", "Lee").build()).get();

        assertThat(second.before().get().parent()).contains(tom.id());
        assertThat(second.company()).contains(SOLACE);
    }

    @Test
    void aChainRunsFromTheCustomerToTheTopAndStopsAtARepeat() {
        Customer top = aMember("911000000000", "GFA", SOLACE);
        Customer middle = aDriverUnder(top, "912000000000");
        Customer bottom = aDriverUnder(middle, "913000000000");
        World fleet = anOrgWithTheFleetHierarchy().holding(top, middle, bottom).world();
        World cyclic = anOrgWithTheFleetHierarchy().holding(under(top, bottom), middle, bottom).world();

        assertThat(fleet.chainFrom(bottom).toJavaList()).containsExactly(bottom.id(), middle.id(), top.id());
        assertThat(fleet.chainFrom(top).toJavaList()).containsExactly(top.id());
        assertThat(cyclic.chainFrom(bottom).toJavaList()).containsExactly(bottom.id(), middle.id(), top.id());
    }
}

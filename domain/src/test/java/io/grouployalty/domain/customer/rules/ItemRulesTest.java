package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Items.mobile;
import static io.grouployalty.domain.customer.rules.Items.ref;
import static io.grouployalty.domain.customer.rules.Worlds.FLEET;
import static io.grouployalty.domain.customer.rules.Worlds.SOLACE;
import static io.grouployalty.domain.customer.rules.Worlds.aDriverUnder;
import static io.grouployalty.domain.customer.rules.Worlds.aMember;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrgWithTheFleetHierarchy;
import static io.grouployalty.domain.customer.rules.Worlds.enrolledIn;
import static org.assertj.core.api.Assertions.assertThat;

class ItemRulesTest {

    private static final String TOM = "915905000000";
    private static final String FLEET_CODE = "code-association2";
    private static final String SOLACE_ID = "ex917471000000";

    private final Customer gfa = aMember("911000000000", "GFA", SOLACE);
    private final Customer sfa = aDriverUnder(gfa, "912000000000");
    private final Customer tom = aStoredCustomer(TOM);
    private final Customer enrolledTom = enrolledIn(tom, 1, 1, 0);
    private final Worlds worlds = anOrgWithTheFleetHierarchy().holding(gfa, sfa, tom, aStoredCustomer("915905000001"));

    static Stream<Arguments> itemsBreakingTwoRules() {
        return Stream.of(
                Arguments.of("the list bound before finding", (UnaryOperator<Items>) item -> anItem().identifiedByMobile("919999999999")
                        .withChildren(List.range(0, 1001).map(i -> ref(String.format("9120%08d", i)))), ErrorCode.BATCH_LIMIT_EXCEEDED),
                Arguments.of("finding before the profile", (UnaryOperator<Items>) item -> item.identifiedByMobile("915905000001")
                        .withField("shoe", "9"), ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS),
                Arguments.of("the profile before the loyalty type", (UnaryOperator<Items>) item -> item.withField("shoe", "9")
                        .withLoyaltyType(LoyaltyType.NON_LOYALTY), ErrorCode.CUSTOM_FIELD_INVALID),
                Arguments.of("a card before the enrollments", (UnaryOperator<Items>) item -> item.withCard("card_7100", "NoSuchSeries")
                        .enrolledIn(9, 1, 0), ErrorCode.CARD_SERIES_UNKNOWN),
                Arguments.of("the customer's bounds before the loyalty type", (UnaryOperator<Items>) item -> item.withChannel("postmail",
                        "x".repeat(1001), false).withLoyaltyType(LoyaltyType.NON_LOYALTY), ErrorCode.BATCH_LIMIT_EXCEEDED),
                Arguments.of("an extended field warns and the loyalty type refuses", (UnaryOperator<Items>) item -> item
                        .withExtendedField("shoe", "9").withLoyaltyType(LoyaltyType.NON_LOYALTY), ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED),
                Arguments.of("the loyalty type before the enrollments", (UnaryOperator<Items>) item -> item
                        .withLoyaltyType(LoyaltyType.NON_LOYALTY).enrolledIn(9, 1, 0), ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED),
                Arguments.of("the enrollments before the hierarchy", (UnaryOperator<Items>) item -> item.enrolledIn(9, 1, 0)
                        .inFleet("nope", "FA", SOLACE_ID), ErrorCode.PROGRAM_INVALID),
                Arguments.of("a date before the parent", (UnaryOperator<Items>) item -> item
                        .enrolledIn(CustomerItem.EnrollmentInput.given(1, Option.of(1), 0, Option.of("2020-01-01"), Option.none()))
                        .inFleet(FLEET_CODE, "FA", SOLACE_ID).underParent("919999999999"), ErrorCode.DATE_IN_PAST),
                Arguments.of("the parent before the children", (UnaryOperator<Items>) item -> item.inFleet(FLEET_CODE, "FA", SOLACE_ID)
                        .underParent("919999999999").withChildren("911000000000"), ErrorCode.CUSTOMER_NOT_REGISTERED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemsBreakingTwoRules")
    void theFirstBrokenRuleInTheContractsOrderEndsTheItem(String order, UnaryOperator<Items> breaking, ErrorCode expected) {
        Either<ItemFailure, ItemOutcome> judged = update(worlds, breaking.apply(anItem().identifiedByMobile(TOM)));

        assertThat(judged.getLeft().rejection().code()).isEqualTo(expected);
    }

    @Test
    void aFailureNamesTheCustomerOnlyWhenItWasFound() {
        assertThat(update(worlds, anItem().identifiedByMobile(TOM).withField("shoe", "9")).getLeft().customer()).contains(tom.id());
        assertThat(update(worlds, anItem().identifiedByMobile("919999999999")).getLeft().customer().isEmpty()).isTrue();
        assertThat(associate(worlds.withFreshIds(1), anItem().identifiedByMobile("919999999999").withField("shoe", "9")).getLeft()
                .customer().isEmpty()).as("a customer it would have registered").isTrue();
    }

    @Test
    void anOutcomeHoldsTheCustomerBeforeAndAfterItsParentAndTheChildrenNamed() {
        Customer loose = aStoredCustomer("914000000001");
        Customer fa = aDriverUnder(sfa, "913000000001");
        Customer movedFc = aDriverUnder(fa, "914000000002");
        Worlds fleet = worlds.holding(loose, fa, movedFc);

        ItemOutcome outcome = update(fleet, anItem().identifiedByMobile(TOM).named("Tommy", "Sawyer")
                .inFleet(FLEET_CODE, "FA", SOLACE_ID).underParent("912000000000").withChildren("914000000001", "914000000002")).get();

        assertThat(outcome.before()).contains(tom);
        assertThat(outcome.after().association()).contains(new Association(FLEET.code(), new RoleCode("FA"), SOLACE.id(),
                Option.of(sfa.id())));
        assertThat(outcome.after().profile(Worlds.INSTORE).get().firstName()).contains("Tommy");
        assertThat(outcome.parent()).contains(sfa);
        assertThat(outcome.children().map(Customer::id).toJavaList()).containsExactly(loose.id(), movedFc.id());
        assertThat(outcome.children().map(Customer::parent).toJavaList()).containsOnly(Option.of(tom.id()));
        assertThat(outcome.newAssociation()).isTrue();
        assertThat(outcome.childrenAssociatedNow().toJavaList()).containsExactly(loose.id());
        assertThat(outcome.hierarchy()).contains(FLEET);
        assertThat(outcome.company()).contains(SOLACE);
        assertThat(outcome.createsCompany()).isFalse();
        assertThat(outcome.registered().isEmpty()).isTrue();
        assertThat(outcome.changed().map(Customer::id).toJavaList()).containsExactly(sfa.id(), tom.id(), loose.id(), movedFc.id());
    }

    @Test
    void anAssociationKeptOrRepeatedIsNoNewAssociation() {
        Customer member = aDriverUnder(sfa, "913000000001");
        Worlds fleet = worlds.holding(member);

        assertThat(update(fleet, anItem().identifiedByMobile("913000000001").inFleet(FLEET_CODE, "FA", SOLACE_ID)).get().newAssociation())
                .isFalse();
        assertThat(update(fleet, anItem().identifiedByMobile("913000000001").detachedFromItsParent()).get().newAssociation()).isFalse();
        assertThat(update(fleet, anItem().identifiedByMobile(TOM).named("Ann", "Lee")).get().newAssociation()).isFalse();
    }

    @Test
    void anItemThatChangesNothingLeavesTheCustomerAsStored() {
        Worlds enrolled = anOrgWithTheFleetHierarchy().holding(enrolledTom);

        ItemOutcome outcome = update(enrolled, anItem().identifiedByMobile(TOM).named("Tom", null).enrolledIn(1, 2, 5)).get();

        assertThat(outcome.after()).isEqualTo(enrolledTom);
        assertThat(outcome.after().differsFrom(enrolledTom)).isFalse();
    }

    @Test
    void warningsComeInTheOrderOfTheSteps() {
        Items item = anItem().identifiedByMobile(TOM).named("N".repeat(101), "Sawyer").identifiedByMobile("915905000009")
                .withChannel("email", "broken", false).withExtendedField("shoe", "9").enrolledIn(1, 2, 5)
                .associatedWith("stranger.till");

        List<Warning> warnings = update(anOrgWithTheFleetHierarchy().holding(enrolledTom), item).get().warnings();

        assertThat(warnings.map(Warning::message).toJavaList()).containsExactly("Field firstName was not updated",
                "mobile update is not allowed", "Email broken of a communication channel is not valid; channel skipped",
                "Field shoe was not updated", "enrollment in program 1 update is not allowed", "Till stranger.till is not a till of the org");
    }

    @Test
    void anAssociationRegistersTheCustomerItsParentAndItsChildrenInThatOrder() {
        ItemOutcome outcome = associate(anOrgWithTheFleetHierarchy().withFreshIds(4), anItem().identifiedByMobile(TOM)
                .inFleet(FLEET_CODE, "FA", SOLACE_ID).underParent("919905000000").withChildren("917700000001", "917700000002")).get();

        assertThat(outcome.registered().toJavaList()).containsExactly(new CustomerId(1), new CustomerId(2), new CustomerId(3),
                new CustomerId(4));
        assertThat(outcome.before().isEmpty()).isTrue();
        assertThat(outcome.after().id()).isEqualTo(new CustomerId(1));
        assertThat(outcome.after().parent()).contains(new CustomerId(2));
        assertThat(outcome.parent().get().association().get().role()).isEqualTo(new RoleCode("SFA"));
        assertThat(outcome.children().map(child -> child.association().get().role().value()).toJavaList()).containsExactly("FC", "FC");
        assertThat(outcome.childrenAssociatedNow().toJavaList()).containsExactly(new CustomerId(3), new CustomerId(4));
        assertThat(outcome.newAssociation()).isTrue();
        assertThat(outcome.changed().map(Customer::id).toJavaList()).containsExactly(new CustomerId(2), new CustomerId(1),
                new CustomerId(3), new CustomerId(4));
        assertThat(outcome.registers(new CustomerId(3))).isTrue();
    }

    @Test
    void anAssociationFindsWhomItKnowsAndRegistersNobodyThen() {
        ItemOutcome outcome = associate(worlds.withFreshIds(3), anItem().identifiedByMobile(TOM).inFleet(FLEET_CODE, "FA", SOLACE_ID)
                .underParent("912000000000")).get();

        assertThat(outcome.registered().isEmpty()).isTrue();
        assertThat(outcome.before()).contains(tom);
        assertThat(outcome.newAssociation()).isTrue();
    }

    @Test
    void anItemThatCreatesItsCompanySaysSo() {
        ItemOutcome outcome = update(worlds.withAFreshCompanyId(501), anItem().identifiedByMobile(TOM).inHierarchy(FLEET_CODE)
                .withRole("GFA").creatingCompany("new-co", "New Co", FLEET_CODE)).get();

        assertThat(outcome.createsCompany()).isTrue();
        assertThat(outcome.company().get().id().value()).isEqualTo(501);
        assertThat(outcome.after().association().get().company().value()).isEqualTo(501);
    }

    static Stream<Arguments> listsOfAnItem() {
        List<CustomerItem.IdentifierInput> identifiers = List.range(0, 1001).map(i -> CustomerItem.IdentifierInput.of("externalId", "x" + i));
        return Stream.of(
                Arguments.of("childCustomers", (UnaryOperator<Items>) item -> item.withChildren(List.range(0, 1001)
                        .map(i -> ref(String.format("9120%08d", i))))),
                Arguments.of("loyaltyProgramEnrollments", (UnaryOperator<Items>) item -> List.range(0, 1001)
                        .foldLeft(item, (more, i) -> more.enrolledIn(1, 1, 0))),
                Arguments.of("profiles", (UnaryOperator<Items>) item -> List.range(0, 1000).foldLeft(item, (more, i) -> more.andAProfile())),
                Arguments.of("identifiers", (UnaryOperator<Items>) item -> identifiers.foldLeft(item, Items::withIdentifier)),
                Arguments.of("commChannels", (UnaryOperator<Items>) item -> List.range(0, 1001).foldLeft(item,
                        (more, i) -> more.withChannel(new ChannelInput("postmail", "street " + i, Option.none(), Option.none(), Option.none(),
                                LinkedHashMap.empty())))),
                Arguments.of("identifiers", (UnaryOperator<Items>) item -> item.underParent(new CustomerRef(List.of(
                        ProfileInput.given(Option.none(), Option.none(), identifiers, List.empty(), LinkedHashMap.empty(), Option.none(), Option.none()))))));
    }

    @ParameterizedTest(name = "1001 {0}")
    @MethodSource("listsOfAnItem")
    void aListOfMoreThan1000ElementsIs1060NamingIt(String list, UnaryOperator<Items> longer) {
        ItemFailure failure = update(worlds, longer.apply(anItem().identifiedByMobile(TOM))).getLeft();

        assertThat(failure.rejection().code()).isEqualTo(ErrorCode.BATCH_LIMIT_EXCEEDED);
        assertThat(failure.rejection().message()).isEqualTo("Batch limit exceeded: at most 1000 " + list);
        assertThat(failure.customer().isEmpty()).as("judged before anyone is found").isTrue();
    }

    @Test
    void aThousandChildrenAreWithinTheBound() {
        Items item = anItem().identifiedByMobile("912000000000").withChildren(List.range(0, 1000).map(i -> ref(String.format("9130%08d", i))));

        assertThat(update(worlds, item).getLeft().rejection().code()).as("judged, and found unregistered")
                .isEqualTo(ErrorCode.CUSTOMER_NOT_REGISTERED);
    }

    private static Either<ItemFailure, ItemOutcome> update(Worlds worlds, Items item) {
        CustomerItem built = item.build();
        return ItemRules.update(worlds.loadedFor(built), built);
    }

    private static Either<ItemFailure, ItemOutcome> associate(Worlds worlds, Items item) {
        CustomerItem built = item.build();
        return ItemRules.associate(worlds.loadedFor(built), built);
    }
}

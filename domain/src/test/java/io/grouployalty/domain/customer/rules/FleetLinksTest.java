package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Items.ref;
import static io.grouployalty.domain.customer.rules.Items.refNamed;
import static io.grouployalty.domain.customer.rules.Worlds.FLEET;
import static io.grouployalty.domain.customer.rules.Worlds.INSTORE;
import static io.grouployalty.domain.customer.rules.Worlds.NO_ROOM;
import static io.grouployalty.domain.customer.rules.Worlds.NO_ROOM_CO;
import static io.grouployalty.domain.customer.rules.Worlds.OTHER_CO;
import static io.grouployalty.domain.customer.rules.Worlds.RETIRED_CO;
import static io.grouployalty.domain.customer.rules.Worlds.SKIPPING;
import static io.grouployalty.domain.customer.rules.Worlds.SKIP_CO;
import static io.grouployalty.domain.customer.rules.Worlds.SOLACE;
import static io.grouployalty.domain.customer.rules.Worlds.TINY;
import static io.grouployalty.domain.customer.rules.Worlds.TINY_CO;
import static io.grouployalty.domain.customer.rules.Worlds.aDriverUnder;
import static io.grouployalty.domain.customer.rules.Worlds.aMember;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anInactiveCompany;
import static io.grouployalty.domain.customer.rules.Worlds.anOrgWithTheFleetHierarchy;
import static io.grouployalty.domain.customer.rules.Worlds.mobile;
import static io.grouployalty.domain.customer.rules.Worlds.under;
import static org.assertj.core.api.Assertions.assertThat;

class FleetLinksTest {

    private final Customer gfa = aMember("911000000000", "GFA", SOLACE);
    private final Customer sfa = aDriverUnder(gfa, "912000000000");
    private final Customer fa = aDriverUnder(sfa, "913000000000");
    private final Customer tom = aStoredCustomer("915905000000");
    private final Worlds solace = anOrgWithTheFleetHierarchy().holding(gfa, sfa, fa, tom);

    private final Customer owner = aMember("921000000000", "OWNER", TINY_CO);
    private final Customer firstDriver = aDriverUnder(owner, "922000000001");

    // The parent.

    @Test
    void aCustomerJoinsAParentOfTheParentRoleInTheSameCompany() {
        FleetLinks.Links links = joining(solace, tom, FLEET, "FA", SOLACE, anItem().underParent("912000000000"), false).get();

        assertThat(links.parent()).contains(sfa);
        assertThat(links.children().isEmpty()).isTrue();
    }

    @Test
    void keepingThePartsOfALinkLeavesTheParentAndDetachingDropsIt() {
        assertThat(linked(solace, fa, anItem().inFleet("code-association2", "FA", "ex917471000000")).get().parent()).contains(sfa);
        assertThat(linked(solace, fa, anItem().detachedFromItsParent()).get().parent().isEmpty()).isTrue();
    }

    @Test
    void aCustomerNamedAsItsOwnParentIs1608() {
        assertThat(refusal(linked(solace, fa, anItem().underParent("913000000000")))).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
    }

    @Test
    void aParentNobodyRegisteredIs1621InAnUpdate() {
        Rejection rejection = linked(solace, fa, anItem().underParent("919999999999")).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_REGISTERED);
        assertThat(rejection.message()).contains("919999999999");
        assertThat(refusal(linked(solace, fa, anItem().underParent(new CustomerRef(List.empty())))))
                .as("a parent named by no identifier").isEqualTo(ErrorCode.CUSTOMER_NOT_REGISTERED);
    }

    @Test
    void aParentOfAnotherCompanyOrOfNoneIs1622() {
        Customer elsewhere = aMember("912000000009", "SFA", OTHER_CO);
        Customer loose = aStoredCustomer("912000000008");

        assertThat(refusal(linked(solace.holding(elsewhere, loose), fa, anItem().underParent("912000000009"))))
                .isEqualTo(ErrorCode.DIFFERENT_COMPANIES);
        assertThat(refusal(linked(solace.holding(elsewhere, loose), fa, anItem().underParent("912000000008"))))
                .isEqualTo(ErrorCode.DIFFERENT_COMPANIES);
    }

    @ParameterizedTest(name = "a {0} parent of an FA in {1} is {2}")
    @CsvSource({"SFA, code-association2, true", "GFA, code-association2, false", "FA, code-association2, false",
            "FC, code-association2, false", "SFA, fleet-skipping, true", "GFA, fleet-skipping, true", "FA, fleet-skipping, false",
            "FC, fleet-skipping, false"})
    void theParentsRoleMustBeTheOneAboveOrAnyAboveWhenSkipsAreAllowed1625(String parentRole, String hierarchy, boolean allowed) {
        Company company = hierarchy.equals("fleet-skipping") ? SKIP_CO : SOLACE;
        Customer parent = aMember("919905000000", parentRole, company);
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(parent, tom);

        Either<Rejection, FleetLinks.Links> links = joining(worlds, tom, company.equals(SKIP_CO) ? SKIPPING : FLEET, "FA", company,
                anItem().underParent("919905000000"), false);

        assertThat(links.isRight()).isEqualTo(allowed);
        links.swap().forEach(rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.PARENT_ROLE_MISMATCH));
    }

    @Test
    void aParentBelowTheCustomerWereTheDataEverSoIsACycle1608() {
        Customer topAsStored = under(gfa, fa);
        Worlds odd = anOrgWithTheFleetHierarchy().holding(topAsStored, sfa, fa, aMember("912000000001", "SFA", SOLACE));

        Either<Rejection, FleetLinks.Links> links = linked(odd, fa, anItem().underParent("912000000001"));
        Either<Rejection, FleetLinks.Links> back = linked(odd, sfa, anItem().underParent("911000000000"));

        assertThat(links.isRight()).as("an unrelated SFA is fine").isTrue();
        assertThat(refusal(back)).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
    }

    @Test
    void aFullParentTakesNoNewChild1618ButKeepsTheOnesItHas() {
        Customer secondDriver = aDriverUnder(owner, "922000000002");
        Customer otherOwner = aMember("921000000001", "OWNER", TINY_CO);
        Customer thirdDriver = aDriverUnder(otherOwner, "922000000003");
        Worlds full = anOrgWithTheFleetHierarchy().holding(owner, firstDriver, secondDriver, otherOwner, thirdDriver);

        Rejection rejection = linked(full, thirdDriver, anItem().underParent("921000000000")).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(rejection.message()).isEqualTo("Children of role OWNER can not exceed 2");
        assertThat(linked(full, secondDriver, anItem().underParent("921000000000")).get().parent()).contains(owner);
    }

    @Test
    void aRetiredHierarchyOrAClosedCompanyTakesNoNewLinkButKeepsItsOwn() {
        Customer retiredOwner = aMember("931000000000", "SFA", RETIRED_CO);
        Customer retiredDriver = aDriverUnder(retiredOwner, "932000000000");
        Customer retiredLoner = aMember("932000000001", "FA", RETIRED_CO);
        Customer closedOwner = aMember("941000000000", "GFA", anInactiveCompany());
        Customer closedLoner = aMember("942000000000", "SFA", anInactiveCompany());
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(retiredOwner, retiredDriver, retiredLoner, closedOwner, closedLoner);

        assertThat(refusal(linked(worlds, retiredLoner, anItem().underParent("931000000000")))).isEqualTo(ErrorCode.HIERARCHY_INACTIVE);
        assertThat(refusal(linked(worlds, closedLoner, anItem().underParent("941000000000")))).isEqualTo(ErrorCode.COMPANY_INACTIVE);
        assertThat(linked(worlds, retiredDriver, anItem().underParent("931000000000")).isRight()).isTrue();
        assertThat(linked(worlds, retiredDriver, anItem().detachedFromItsParent()).isRight()).isTrue();
    }

    // The children.

    @Test
    void childrenTakeTheChildRoleTheCompanyAndTheCustomerAsParent() {
        Customer newcomer = aStoredCustomer("922000000002");
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(owner, newcomer, aMember("921000000001", "OWNER", TINY_CO),
                under(aDriverUnder(owner, "922000000003"), aMember("921000000001", "OWNER", TINY_CO)));

        FleetLinks.Links links = linked(worlds, owner, anItem().withChildren("922000000002", "922000000003")).get();

        Association placement = new Association(TINY.code(), new RoleCode("DRIVER"), TINY_CO.id(), Option.of(owner.id()));
        assertThat(links.children().map(Customer::association).toJavaList()).containsExactly(Option.of(placement), Option.of(placement));
        assertThat(links.associatedNow().toJavaList()).as("the moved one had its association").containsExactly(newcomer.id());
    }

    @Test
    void childrenTogetherMustFitTheMaxChildOfTheCustomersRole1618() {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(owner, firstDriver, aStoredCustomer("922000000002"),
                aStoredCustomer("922000000003"));

        assertThat(refusal(linked(worlds, owner, anItem().withChildren("922000000002", "922000000003"))))
                .isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(linked(worlds, owner, anItem().withChildren("922000000002")).get().children().size()).isEqualTo(1);
        assertThat(linked(worlds, owner, anItem().withChildren("922000000001", "922000000002", "922000000001")).get().children().size())
                .as("a child held already or named twice takes no new place").isEqualTo(2);
    }

    @Test
    void childrenHeldAlreadyNeedNoRoomEvenOverTheMaxChild() {
        Customer second = aDriverUnder(owner, "922000000002");
        Customer third = aDriverUnder(owner, "922000000003");
        Worlds overFull = anOrgWithTheFleetHierarchy().holding(owner, firstDriver, second, third, aStoredCustomer("922000000004"));

        assertThat(linked(overFull, owner, anItem().withChildren("922000000001", "922000000003")).isRight()).isTrue();
        assertThat(refusal(linked(overFull, owner, anItem().withChildren("922000000001", "922000000004"))))
                .isEqualTo(ErrorCode.MAX_CHILD_REACHED);
    }

    @ParameterizedTest(name = "children of a {0} in {1} named {2} are {3}")
    @CsvSource({
            "GFA, code-association2, , SFA",
            "GFA, code-association2, SFA, SFA",
            "GFA, code-association2, ' SFA ', SFA",
            "GFA, code-association2, FA, ",
            "GFA, code-association2, GFA, ",
            "GFA, code-association2, CEO, ",
            "FC, code-association2, , ",
            "GFA, fleet-skipping, FA, FA",
            "GFA, fleet-skipping, FC, FC",
            "SFA, fleet-skipping, GFA, "})
    void theChildRoleIsTheOneBelowOrAnyBelowWhenSkipsAreAllowed1617(String role, String hierarchy, String childRole, String placed) {
        Company company = hierarchy.equals("fleet-skipping") ? SKIP_CO : SOLACE;
        Customer parent = aMember("919905000000", role, company);
        Items item = anItem().withChildren("919905000001");
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(parent, aStoredCustomer("919905000001"));

        Either<Rejection, FleetLinks.Links> links = linked(worlds, parent, childRole == null ? item : item.withChildRole(childRole));

        if (placed == null) {
            assertThat(refusal(links)).isEqualTo(ErrorCode.CHILD_ROLE_NOT_ALLOWED);
        } else {
            assertThat(links.get().children().single().association().get().role()).isEqualTo(new RoleCode(placed));
        }
    }

    @Test
    void aParentNamedByAMalformedIdentifierIsThatIdentifiersErrorNot1621() {
        CustomerRef malformed = new CustomerRef(List.of(CustomerItem.ProfileInput.identifiedBy(
                CustomerItem.IdentifierInput.of("externalId", "x".repeat(151)))));

        Rejection rejection = linked(solace, fa, anItem().underParent(malformed)).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(rejection.message()).contains("externalId");
    }

    @Test
    void aChildNobodyRegisteredIs1621InAnUpdate() {
        assertThat(refusal(linked(solace, sfa, anItem().withChildren("919999999999")))).isEqualTo(ErrorCode.CUSTOMER_NOT_REGISTERED);
    }

    @Test
    void aChildKeepsItsHierarchyRoleAndCompany() {
        Customer inTiny = aMember("919905000001", "OWNER", TINY_CO);
        Customer anSfa = aMember("919905000002", "SFA", SOLACE);
        Customer ofOtherCo = aMember("919905000003", "FA", OTHER_CO);
        Worlds worlds = solace.holding(inTiny, anSfa, ofOtherCo);

        assertThat(refusal(linked(worlds, sfa, anItem().withChildren("919905000001")))).isEqualTo(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED);
        assertThat(refusal(linked(worlds, sfa, anItem().withChildren("919905000002")))).isEqualTo(ErrorCode.ROLE_CHANGE_NOT_ALLOWED);
        assertThat(refusal(linked(worlds, sfa, anItem().withChildren("919905000003")))).isEqualTo(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED);
    }

    @Test
    void theCustomerOrAnyoneAboveItNamedAsAChildIs1608() {
        Customer fc = aMember("914000000000", "FC", SOLACE);
        Worlds worlds = solace.holding(fc);

        assertThat(refusal(linked(worlds, fa, anItem().withChildren("913000000000")))).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
        assertThat(refusal(linked(worlds, sfa, anItem().withChildren("911000000000")))).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
        assertThat(refusal(linked(worlds, fa, anItem().withChildren("914000000000", "911000000000")))).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
        assertThat(refusal(linked(worlds, tom, anItem().underParent("912000000000").withChildren("911000000000"), FLEET, "FA", SOLACE)))
                .as("the new parent's chain counts").isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
    }

    // What an association registers.

    @Test
    void anAssociationRegistersUnknownChildrenWithFreshIdsAndTheyEnterTheWorld() {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(owner).withFreshIds(3);

        FleetLinks.Links links = registering(worlds, owner, anItem().withChildren(List.of(refNamed("922000000001", "Ann"),
                ref("922000000002"), ref("922000000001")))).get();

        assertThat(links.children().map(Customer::id).toJavaList()).containsExactly(new CustomerId(1), new CustomerId(2));
        assertThat(links.associatedNow().toJavaList()).containsExactly(new CustomerId(1), new CustomerId(2));
        assertThat(links.judged().registered().toJavaList()).containsExactly(new CustomerId(1), new CustomerId(2));
        assertThat(links.children().head().profile(INSTORE).get().firstName()).contains("Ann");
        assertThat(links.children().head().parent()).contains(owner.id());
        World world = links.judged().world();
        assertThat(world.holderOf(INSTORE, mobile("922000000002"))).contains(new CustomerId(2));
        assertThat(world.freshCustomerIds().toJavaList()).containsExactly(new CustomerId(3));
        assertThat(world.childCount(owner.id())).as("counts move when the item's outcome enters").isZero();
    }

    @Test
    void registeredChildrenMustFitAndJoinOnlyAnOpenCompany() {
        Customer closedOwner = aMember("941000000000", "GFA", anInactiveCompany());
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(owner, closedOwner).withFreshIds(3);

        assertThat(refusal(registering(worlds, owner, anItem().withChildren("922000000001", "922000000002", "922000000003"))))
                .isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(refusal(registering(worlds, closedOwner, anItem().withChildren("922000000001"))))
                .isEqualTo(ErrorCode.COMPANY_INACTIVE);
    }

    @Test
    void anAssociationRegistersAnUnknownParentWithTheDirectParentRole() {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(tom).withFreshIds(1);

        FleetLinks.Links inFleet = joining(worlds, tom, FLEET, "FA", SOLACE, anItem().underParent("919905000000"), true).get();
        FleetLinks.Links skipping = joining(worlds, tom, SKIPPING, "FA", SKIP_CO, anItem().underParent("919905000000"), true).get();

        assertThat(inFleet.parent().get().association()).contains(new Association(FLEET.code(), new RoleCode("SFA"), SOLACE.id(),
                Option.none()));
        assertThat(inFleet.parent().get().id()).isEqualTo(new CustomerId(1));
        assertThat(inFleet.judged().registered().toJavaList()).containsExactly(new CustomerId(1));
        assertThat(skipping.parent().get().association().get().role()).as("§6.11, skips or not").isEqualTo(new RoleCode("SFA"));
    }

    @Test
    void aRegisteredParentMustExistAboveAndHaveRoom() {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(tom).withFreshIds(1);

        assertThat(refusal(joining(worlds, tom, FLEET, "GFA", SOLACE, anItem().underParent("919905000000"), true)))
                .isEqualTo(ErrorCode.PARENT_ROLE_MISMATCH);
        assertThat(refusal(joining(worlds, tom, NO_ROOM, "DRIVER", NO_ROOM_CO, anItem().underParent("919905000000"), true)))
                .as("§6.52").isEqualTo(ErrorCode.MAX_CHILD_REACHED);
    }

    private static ErrorCode refusal(Either<Rejection, FleetLinks.Links> links) {
        assertThat(links.isLeft()).as("refused").isTrue();
        return links.getLeft().code();
    }

    private static Either<Rejection, FleetLinks.Links> linked(Worlds worlds, Customer associated, Items item) {
        Association association = associated.association().get();
        Hierarchy hierarchy = Worlds.HIERARCHIES.find(each -> each.code().equals(association.hierarchy())).get();
        Company company = Worlds.COMPANIES.find(each -> each.id().equals(association.company())).get();
        return joining(worlds, associated, hierarchy, association.role().value(), company, item, false);
    }

    private static Either<Rejection, FleetLinks.Links> linked(Worlds worlds, Customer customer, Items item, Hierarchy hierarchy,
                                                              String role, Company company) {
        return joining(worlds, customer, hierarchy, role, company, item, false);
    }

    private static Either<Rejection, FleetLinks.Links> registering(Worlds worlds, Customer associated, Items item) {
        Association association = associated.association().get();
        Hierarchy hierarchy = Worlds.HIERARCHIES.find(each -> each.code().equals(association.hierarchy())).get();
        Company company = Worlds.COMPANIES.find(each -> each.id().equals(association.company())).get();
        return joining(worlds, associated, hierarchy, association.role().value(), company, item, true);
    }

    private static Either<Rejection, FleetLinks.Links> joining(Worlds worlds, Customer customer, Hierarchy hierarchy, String role,
                                                               Company company, Items item, boolean registering) {
        CustomerItem built = item.identifiedByMobile(String.valueOf(customer.id().value())).build();
        World world = worlds.loadedFor(built);
        return FleetLinks.judge(Judged.found(world, customer, registering), hierarchy, hierarchy.roles().role(new RoleCode(role)).get(),
                company, built.association().get());
    }
}

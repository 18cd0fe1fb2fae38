package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.FLEET;
import static io.grouployalty.domain.customer.rules.Worlds.RETIRED;
import static io.grouployalty.domain.customer.rules.Worlds.RETIRED_CO;
import static io.grouployalty.domain.customer.rules.Worlds.SOLACE;
import static io.grouployalty.domain.customer.rules.Worlds.aMember;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anInactiveCompany;
import static io.grouployalty.domain.customer.rules.Worlds.anOrgWithTheFleetHierarchy;
import static org.assertj.core.api.Assertions.assertThat;

class AssociationRulesTest {

    private static final String FLEET_CODE = "code-association2";
    private static final String SOLACE_ID = "ex917471000000";

    private final Customer tom = aStoredCustomer("915905000000");
    private final Customer fa = aMember("913000000000", "FA", SOLACE);

    @Test
    void anItemWithoutAssociationLeavesItAsStored() {
        Associated unassociated = associated(tom, anItem()).get();
        Associated member = associated(fa, anItem()).get();

        assertThat(unassociated.hierarchy().isEmpty()).isTrue();
        assertThat(unassociated.company().isEmpty()).isTrue();
        assertThat(unassociated.judged().customer()).isEqualTo(tom);
        assertThat(member.hierarchy()).contains(FLEET);
        assertThat(member.company()).contains(SOLACE);
        assertThat(member.createsCompany()).isFalse();
        assertThat(member.judged().customer()).isEqualTo(fa);
    }

    @Test
    void aCustomerJoinsTheHierarchyRoleAndCompanyNamed() {
        Associated joined = associated(tom, anItem().inFleet(" " + FLEET_CODE + " ", " FA ", SOLACE_ID)).get();

        assertThat(joined.judged().customer().association()).contains(new Association(FLEET.code(), new RoleCode("FA"), SOLACE.id(),
                Option.none()));
        assertThat(joined.hierarchy()).contains(FLEET);
        assertThat(joined.company()).contains(SOLACE);
        assertThat(joined.createsCompany()).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is {3}")
    @CsvSource({
            "nope, FA, ex917471000000, HIERARCHY_CODE_UNKNOWN",
            "retired, FA, retired-co, HIERARCHY_INACTIVE",
            "code-association2, CEO, ex917471000000, ROLE_CODE_INVALID",
            "code-association2, ' ', ex917471000000, ROLE_CODE_INVALID",
            "code-association2, FA, no-such-co, COMPANY_UNKNOWN",
            "code-association2, FA, closed-co, COMPANY_INACTIVE",
            "code-association2, FA, tiny-co, COMPANY_HIERARCHY_MISMATCH",
            "tiny, OWNER, ex917471000000, COMPANY_HIERARCHY_MISMATCH"})
    void theHierarchyRoleAndCompanyNamedMustBeTheOrgsAndActive(String hierarchy, String role, String company, ErrorCode expected) {
        assertThat(associated(tom, anItem().inFleet(hierarchy, role, company)).getLeft().code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "an FA of Solace naming {0} / {1} / {2} is {3}")
    @CsvSource({
            "tiny, OWNER, tiny-co, HIERARCHY_CHANGE_NOT_ALLOWED",
            "code-association2, SFA, ex917471000000, ROLE_CHANGE_NOT_ALLOWED",
            "code-association2, FA, other-co, COMPANY_CHANGE_NOT_ALLOWED",
            "retired, FA, retired-co, HIERARCHY_INACTIVE",
            "code-association2, FA, closed-co, COMPANY_INACTIVE"})
    void anAssociatedCustomerKeepsItsHierarchyRoleAndCompany(String hierarchy, String role, String company, ErrorCode expected) {
        assertThat(associated(fa, anItem().inFleet(hierarchy, role, company)).getLeft().code()).isEqualTo(expected);
    }

    @Test
    void sendingTheStoredAssociationAgainIsNoError() {
        Associated again = associated(fa, anItem().inFleet(FLEET_CODE, "FA", SOLACE_ID)).get();

        assertThat(again.judged().customer()).isEqualTo(fa);
    }

    @Test
    void anAssociatedCustomerMayOmitWhatItKeeps() {
        Customer owner = aMember("912000000000", "SFA", SOLACE);

        Associated placed = associated(anOrgWithTheFleetHierarchy().holding(fa, owner), fa, anItem().underParent("912000000000")).get();

        assertThat(placed.judged().customer().association()).contains(fa.association().get().withParent(Option.of(owner.id())));
        assertThat(associated(fa, anItem().withRole("FA")).isRight()).isTrue();
        assertThat(associated(fa, anItem().inCompany(SOLACE_ID)).isRight()).isTrue();
    }

    @Test
    void aMemberOfARetiredHierarchyOrAClosedCompanyMaySendItsOwnAssociationAgain() {
        Customer retired = aMember("913000000001", "FA", RETIRED_CO);
        Customer closed = aMember("913000000002", "GFA", anInactiveCompany());

        assertThat(associated(retired, anItem().inFleet(RETIRED.code().value(), "FA", "retired-co")).isRight()).isTrue();
        assertThat(associated(closed, anItem().inFleet(FLEET_CODE, "GFA", "closed-co")).isRight()).isTrue();
    }

    @Test
    void aCompanyNamedWithANameAndAHierarchyIsCreatedWithTheFreshCompanyId() {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(tom).withAFreshCompanyId(501);

        Associated joined = associated(worlds, tom, anItem().inHierarchy(FLEET_CODE).withRole("GFA")
                .creatingCompany("new-co", " New Co ", FLEET_CODE)).get();

        Company created = joined.company().get();
        assertThat(joined.createsCompany()).isTrue();
        assertThat(created.id()).isEqualTo(new CompanyId(501));
        assertThat(created.externalId()).isEqualTo(new ExternalId("new-co"));
        assertThat(created.name()).isEqualTo("New Co");
        assertThat(created.hierarchy()).isEqualTo(FLEET.code());
        assertThat(created.active()).isTrue();
        assertThat(joined.judged().customer().association().get().company()).isEqualTo(created.id());
        assertThat(joined.judged().world().reference().companyNamed(new ExternalId("new-co"))).contains(created);
        assertThat(joined.judged().world().freshCompanyIds().isEmpty()).as("its id is taken").isTrue();
    }

    @Test
    void aCompanyThatExistsIsJoinedThoughTheItemCouldCreateIt() {
        Associated joined = associated(tom, anItem().inHierarchy(FLEET_CODE).withRole("GFA")
                .creatingCompany(SOLACE_ID, "Another name", FLEET_CODE)).get();

        assertThat(joined.createsCompany()).isFalse();
        assertThat(joined.company()).contains(SOLACE);
    }

    @ParameterizedTest(name = "a company of hierarchy {0} for an item in {1} is {2}")
    @CsvSource({"tiny, code-association2, COMPANY_HIERARCHY_MISMATCH", "nope, code-association2, HIERARCHY_CODE_UNKNOWN",
            "retired, code-association2, HIERARCHY_INACTIVE", "' ', code-association2, INVALID_INPUT"})
    void aCompanyToCreateFollowsTheRulesOfCompanies(String companyHierarchy, String hierarchy, ErrorCode expected) {
        Worlds worlds = anOrgWithTheFleetHierarchy().holding(tom).withAFreshCompanyId(501);

        assertThat(associated(worlds, tom, anItem().inHierarchy(hierarchy).withRole("GFA")
                .creatingCompany("new-co", "New Co", companyHierarchy)).getLeft().code()).isEqualTo(expected);
    }

    static Stream<Arguments> partsOfAnAssociationWithoutAHierarchy() {
        return Stream.of(
                Arguments.of(anItem().underParent("919905000000"), ErrorCode.ROLE_CODE_INVALID),
                Arguments.of(anItem().withChildren("919905000000"), ErrorCode.ROLE_CODE_INVALID),
                Arguments.of(anItem().detachedFromItsParent(), ErrorCode.ROLE_CODE_INVALID),
                Arguments.of(anItem().withRole("FA").underParent("919905000000"), ErrorCode.HIERARCHY_CODE_UNKNOWN),
                Arguments.of(anItem().withRole("FA"), ErrorCode.HIERARCHY_CODE_UNKNOWN),
                Arguments.of(anItem().inCompany(SOLACE_ID), ErrorCode.HIERARCHY_CODE_UNKNOWN),
                Arguments.of(anItem().withChildRole("FC"), ErrorCode.HIERARCHY_CODE_UNKNOWN),
                Arguments.of(anItem().inFleet(" ", "FA", SOLACE_ID), ErrorCode.HIERARCHY_CODE_UNKNOWN));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("partsOfAnAssociationWithoutAHierarchy")
    void anUnassociatedCustomerNamingLinksWithoutARoleIs1615AndOtherPartsWithoutAHierarchy1701(Items item, ErrorCode expected) {
        Rejection rejection = associated(anOrgWithTheFleetHierarchy().holding(tom, aMember("919905000000", "SFA", SOLACE)), tom, item)
                .getLeft();

        assertThat(rejection.code()).isEqualTo(expected);
        assertThat(rejection.message()).contains("none given");
    }

    @Test
    void anAssociationNamingNothingLeavesAnUnassociatedCustomerAsStored() {
        assertThat(associated(tom, anItem().withAnEmptyAssociation()).get().judged().customer()).isEqualTo(tom);
        assertThat(associated(tom, anItem().withChildren()).get().hierarchy().isEmpty()).isTrue();
    }

    @Test
    void aHierarchyWithoutARoleForAnUnassociatedCustomerIs1615() {
        assertThat(associated(tom, anItem().inHierarchy(FLEET_CODE).inCompany(SOLACE_ID)).getLeft().code())
                .isEqualTo(ErrorCode.ROLE_CODE_INVALID);
        assertThat(associated(tom, anItem().inHierarchy(FLEET_CODE).withRole("FA")).getLeft().code())
                .as("and a company is needed too").isEqualTo(ErrorCode.COMPANY_UNKNOWN);
    }

    @Test
    void aCustomerRegisteredByTheItemEntersTheWorldBeforeItsLinksAreJudged() {
        World world = anOrgWithTheFleetHierarchy().withFreshIds(2).world();
        Customer blank = Customer.registered(world.nextCustomerId(), io.grouployalty.domain.customer.LoyaltyType.LOYALTY, Worlds.NOW);

        Associated joined = AssociationRules.judge(Judged.registered(world, blank, true),
                anItem().inFleet(FLEET_CODE, "GFA", SOLACE_ID).build().association()).get();

        World after = joined.judged().world();
        assertThat(after.known(blank.id())).contains(blank);
        assertThat(after.childCount(blank.id())).isZero();
        assertThat(after.nextCustomerId().value()).isEqualTo(2);
    }

    private Either<Rejection, Associated> associated(Customer stored, Items item) {
        return associated(anOrgWithTheFleetHierarchy().holding(stored), stored, item);
    }

    private static Either<Rejection, Associated> associated(Worlds worlds, Customer stored, Items item) {
        CustomerItem built = item.identifiedByMobile(String.valueOf(stored.id().value())).build();
        return AssociationRules.judge(Judged.found(worlds.loadedFor(built), stored, false), built.association());
    }
}

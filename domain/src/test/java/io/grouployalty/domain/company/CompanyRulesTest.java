package io.grouployalty.domain.company;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.FleetHierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final CompanyId NEW_ID = new CompanyId(100);
    private static final String TOO_LONG = "x".repeat(1001);

    private static final Hierarchy FLEET = FleetHierarchies.fleet();
    private static final String FLEET_CODE = FLEET.code().value();

    private long lastId = 0;

    private final Company stored = withFields(aCompanyIn(FLEET, "ex1"), LinkedHashMap.of("region", "west", "size", "9"));

    private final Company holding = aCompanyIn(FLEET, "holding");
    private final Company north = aSubsidiaryOf(holding, "north");
    private final Company south = aSubsidiaryOf(holding, "south");
    private final Company northDepot = aSubsidiaryOf(north, "north-depot");
    private final Company southDepot = aSubsidiaryOf(south, "south-depot");

    private Company aCompanyIn(Hierarchy hierarchy, String externalId) {
        return new Company(new CompanyId(++lastId), new ExternalId(externalId), "Company " + externalId, hierarchy.code(),
                Option.none(), true, HashMap.empty(), FleetHierarchies.CREATED);
    }

    private Company aSubsidiaryOf(Company parent, String externalId) {
        return underParent(aCompanyIn(FLEET, externalId), parent);
    }

    private static Company underParent(Company company, Company parent) {
        return new Company(company.id(), company.externalId(), company.name(), company.hierarchy(), Option.of(parent.id()),
                company.active(), company.extendedFields(), company.createdOn());
    }

    private static Company withFields(Company company, Map<String, String> fields) {
        return new Company(company.id(), company.externalId(), company.name(), company.hierarchy(), company.parent(),
                company.active(), fields, company.createdOn());
    }

    private static Hierarchy anInactiveHierarchy() {
        return FLEET.deactivated();
    }

    private static CompanyDraft aDraft(String externalId) {
        return new CompanyDraft(externalId, "Solace Logistics", FLEET_CODE, Option.none(), HashMap.empty());
    }

    private static CompanyDraft aDraftNamed(String name) {
        return new CompanyDraft("ex1", name, FLEET_CODE, Option.none(), HashMap.empty());
    }

    private static CompanyDraft aDraftIn(String hierarchyCode) {
        return new CompanyDraft("ex1", "Solace Logistics", hierarchyCode, Option.none(), HashMap.empty());
    }

    private static CompanyDraft aDraftUnder(String externalId, String parentExternalId) {
        return new CompanyDraft(externalId, "Solace Logistics", FLEET_CODE, Option.of(parentExternalId), HashMap.empty());
    }

    private static CompanyDraft aDraftWithFields(Map<String, String> fields) {
        return new CompanyDraft("ex1", "Solace Logistics", FLEET_CODE, Option.none(), fields);
    }

    private static CompanyFacts knowingOnly(Hierarchy hierarchy) {
        return CompanyFacts.forRegistration(Option.of(hierarchy), Option.none(), Option.none());
    }

    private static CompanyFacts knowingTheParent(Company parent) {
        return CompanyFacts.forRegistration(Option.of(FLEET), Option.none(), Option.of(parent));
    }

    private static CompanyFacts knowingNoParent() {
        return CompanyFacts.forChange(Option.none(), List.empty());
    }

    private static Either<Rejection, Company> register(CompanyFacts facts, CompanyDraft draft) {
        return CompanyRules.register(facts, NEW_ID, draft, NOW);
    }

    private static Either<Rejection, Company> registerInFleet(CompanyDraft draft) {
        return register(knowingOnly(FLEET), draft);
    }

    private Either<Rejection, Company> changeStored(CompanyChange change) {
        return CompanyRules.change(knowingNoParent(), stored, change);
    }

    private Map<CompanyId, List<Company>> theHoldingsTree() {
        return LinkedHashMap.of(
                holding.id(), List.of(north, south),
                north.id(), List.of(northDepot),
                south.id(), List.of(southDepot),
                northDepot.id(), List.empty());
    }

    private static ErrorCode codeOf(Either<Rejection, ?> judged) {
        return judged.getLeft().code();
    }

    private static String messageOf(Either<Rejection, ?> judged) {
        return judged.getLeft().message();
    }

    @Test
    void registersAnActiveCompanyInTheHierarchyNamedWithItsTrimmedValues() {
        CompanyDraft draft = new CompanyDraft(" ex1 ", " Solace Logistics ", " " + FLEET_CODE + " ", Option.none(),
                LinkedHashMap.of("region", "west"));

        Company registered = registerInFleet(draft).get();

        assertThat(registered.id()).isEqualTo(NEW_ID);
        assertThat(registered.externalId()).isEqualTo(new ExternalId("ex1"));
        assertThat(registered.name()).isEqualTo("Solace Logistics");
        assertThat(registered.hierarchy()).isEqualTo(FLEET.code());
        assertThat(registered.parent().isEmpty()).isTrue();
        assertThat(registered.active()).isTrue();
        assertThat(registered.extendedFields()).isEqualTo(LinkedHashMap.of("region", "west"));
        assertThat(registered.createdOn()).isEqualTo(NOW);
    }

    @Test
    void refusesAnExternalIdAnotherCompanyHolds1702() {
        Company holder = aCompanyIn(FLEET, "ex1");
        CompanyFacts facts = CompanyFacts.forRegistration(Option.of(FLEET), Option.of(holder), Option.none());

        Either<Rejection, Company> judged = register(facts, aDraft(" ex1 "));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS);
        assertThat(judged.getLeft()).isInstanceOf(Rejection.Conflict.class);
        assertThat(messageOf(judged)).isEqualTo("Company externalId ex1 already exists");
    }

    @Test
    void needsAnExternalId1707() {
        assertThat(codeOf(registerInFleet(aDraft(null)))).isEqualTo(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY);
        assertThat(codeOf(registerInFleet(aDraft("  ")))).isEqualTo(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY);
    }

    @Test
    void refusesAnExternalIdThatIsNotOneLineOfAtMost150Characters() {
        Either<Rejection, Company> twoLines = registerInFleet(aDraft("ex\n1"));
        Either<Rejection, Company> tooLong = registerInFleet(aDraft("x".repeat(151)));

        assertThat(codeOf(twoLines)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(twoLines)).contains("externalId must not contain control characters");
        assertThat(codeOf(tooLong)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(tooLong)).contains("externalId must be at most 150 characters");
        assertThat(registerInFleet(aDraft("x".repeat(150))).isRight()).isTrue();
    }

    @Test
    void aRegistrationNeedsAName() {
        for (String missing : new String[]{null, "", "   "}) {
            Either<Rejection, Company> judged = registerInFleet(aDraftNamed(missing));

            assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(messageOf(judged)).contains("name is required");
        }
    }

    @Test
    void refusesANameLongerThanAThousandCharacters() {
        Either<Rejection, Company> judged = registerInFleet(aDraftNamed(TOO_LONG));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(judged)).contains("name must be at most 1000 characters");
        assertThat(registerInFleet(aDraftNamed("x".repeat(1000))).get().name()).hasSize(1000);
    }

    @Test
    void refusesANameWithAControlCharacter() {
        for (String name : new String[]{"Solace\u0007Logistics", "Solace\tLogistics", "Solace\u0085Logistics"}) {
            Either<Rejection, Company> judged = registerInFleet(aDraftNamed(name));

            assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(messageOf(judged)).contains("name must not contain control characters");
        }
    }

    @Test
    void keepsAnInternationalNameAsWritten() {
        assertThat(registerInFleet(aDraftNamed(" Société Générale 物流 ")).get().name()).isEqualTo("Société Générale 物流");
    }

    @Test
    void needsAHierarchyCode() {
        for (String missing : new String[]{null, "", "  "}) {
            Either<Rejection, Company> judged = registerInFleet(aDraftIn(missing));

            assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(messageOf(judged)).contains("hierarchyDefinitionCode is required");
        }
    }

    @Test
    void refusesAHierarchyCodeWithAControlCharacter() {
        Either<Rejection, Company> judged = registerInFleet(aDraftIn("fle\u0000et"));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(judged)).contains("hierarchyDefinitionCode must not contain control characters");
    }

    @Test
    void refusesAHierarchyTheOrgDoesNotHave1701() {
        CompanyFacts noHierarchy = CompanyFacts.forRegistration(Option.none(), Option.none(), Option.none());

        Either<Rejection, Company> judged = register(noHierarchy, aDraftIn("nope"));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.HIERARCHY_CODE_UNKNOWN);
        assertThat(judged.getLeft()).isInstanceOf(Rejection.NotFound.class);
        assertThat(messageOf(judged)).isEqualTo("Hierarchy code nope does not exist");
    }

    @Test
    void refusesAnInactiveHierarchy1610() {
        Either<Rejection, Company> judged = register(knowingOnly(anInactiveHierarchy()), aDraft("ex1"));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.HIERARCHY_INACTIVE);
        assertThat(messageOf(judged)).isEqualTo("Hierarchy " + FLEET_CODE + " is not active");
    }

    @Test
    void refusesToBeItsOwnParentBeforeLookingForTheParent1709() {
        Either<Rejection, Company> judged = registerInFleet(aDraftUnder("ex1", " ex1 "));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.COMPANY_OWN_PARENT);
    }

    @Test
    void refusesARegistrationUnderAParentNoCompanyHolds1703() {
        Either<Rejection, Company> judged = registerInFleet(aDraftUnder("ex1", " nobody "));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.PARENT_COMPANY_UNKNOWN);
        assertThat(judged.getLeft()).isInstanceOf(Rejection.NotFound.class);
        assertThat(messageOf(judged)).isEqualTo("Parent company nobody does not exist");
    }

    @Test
    void registersUnderTheParentNamed() {
        Company parent = aCompanyIn(FLEET, "parent");

        Company registered = register(knowingTheParent(parent), aDraftUnder("child", "parent")).get();

        assertThat(registered.parent()).contains(parent.id());
    }

    @Test
    void aBlankParentIsNoParent() {
        Company someone = aCompanyIn(FLEET, "someone");

        assertThat(register(knowingTheParent(someone), aDraftUnder("ex1", " ")).get().parent().isEmpty()).isTrue();
    }

    @Test
    void refusesExtendedFieldNamesOrValuesLongerThanAThousandCharacters() {
        Either<Rejection, Company> longValue = registerInFleet(aDraftWithFields(HashMap.of("region", TOO_LONG)));
        Either<Rejection, Company> longName = registerInFleet(aDraftWithFields(HashMap.of(TOO_LONG, "west")));

        assertThat(codeOf(longValue)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(longValue)).contains("extendedFields must be at most 1000 characters each");
        assertThat(codeOf(longName)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(registerInFleet(aDraftWithFields(HashMap.of("region", "x".repeat(1000)))).isRight()).isTrue();
    }

    @Test
    void judgesARegistrationInTheOrderOfTheContract() {
        Company holder = aCompanyIn(FLEET, "ex1");
        CompanyFacts everythingWrong = CompanyFacts.forRegistration(Option.of(anInactiveHierarchy()), Option.of(holder), Option.none());
        CompanyFacts takenOnly = CompanyFacts.forRegistration(Option.of(FLEET), Option.of(holder), Option.none());

        assertThat(codeOf(register(everythingWrong, new CompanyDraft(" ", "", null, Option.of("nobody"), HashMap.empty()))))
                .isEqualTo(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY);
        assertThat(messageOf(register(everythingWrong, new CompanyDraft("ex1", "", null, Option.of("nobody"), HashMap.empty()))))
                .contains("name is required");
        assertThat(messageOf(register(everythingWrong, new CompanyDraft("ex1", "X", null, Option.of("nobody"),
                HashMap.of("region", TOO_LONG))))).contains("extendedFields");
        assertThat(messageOf(register(everythingWrong, new CompanyDraft("ex1", "X", null, Option.of("nobody"), HashMap.empty()))))
                .contains("hierarchyDefinitionCode is required");
        assertThat(codeOf(register(everythingWrong, aDraftUnder("ex1", "nobody")))).isEqualTo(ErrorCode.HIERARCHY_INACTIVE);
        assertThat(codeOf(register(takenOnly, aDraftUnder("ex1", "nobody")))).isEqualTo(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS);
    }

    @Test
    void aChangeOfNothingLeavesTheCompanyAsItIs() {
        assertThat(changeStored(CompanyChange.none()).get()).isEqualTo(stored);
    }

    @Test
    void cannotChangeTheExternalId1711() {
        Either<Rejection, Company> judged = changeStored(new CompanyChange(Option.of("ex2"), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none()));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
        assertThat(messageOf(judged)).contains("the externalId of a company can not change");
    }

    @Test
    void sendingTheSameExternalIdAgainIsNoChange() {
        CompanyChange same = new CompanyChange(Option.of(" ex1 "), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

        assertThat(changeStored(same).get()).isEqualTo(stored);
    }

    @Test
    void cannotChangeTheHierarchy1711() {
        Either<Rejection, Company> judged = changeStored(CompanyChange.none().withHierarchy("other"));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
        assertThat(messageOf(judged)).contains("the hierarchy of a company can not change");
        assertThat(changeStored(CompanyChange.none().withHierarchy(" " + FLEET_CODE + " ")).get()).isEqualTo(stored);
    }

    @Test
    void renamesByTheRulesOfARegisteredName() {
        assertThat(changeStored(CompanyChange.none().withName(" Bee ")).get().name()).isEqualTo("Bee");
        assertThat(messageOf(changeStored(CompanyChange.none().withName(" ")))).contains("name is required");
        assertThat(messageOf(changeStored(CompanyChange.none().withName("B\u001Bee")))).contains("name must not contain control characters");
        assertThat(messageOf(changeStored(CompanyChange.none().withName(TOO_LONG)))).contains("name must be at most 1000 characters");
    }

    @Test
    void mergesTheExtendedFieldsSentIntoThoseStored() {
        Company changed = changeStored(CompanyChange.none().withExtendedFields(HashMap.of("size", "10", "fuel", "diesel"))).get();

        assertThat(changed.extendedFields().toJavaMap())
                .containsEntry("region", "west").containsEntry("size", "10").containsEntry("fuel", "diesel").hasSize(3);
    }

    @Test
    void aChangeRefusesExtendedFieldsLongerThanAThousandCharacters() {
        Either<Rejection, Company> judged = changeStored(CompanyChange.none().withExtendedFields(HashMap.of("size", TOO_LONG)));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(messageOf(judged)).contains("extendedFields must be at most 1000 characters each");
    }

    @Test
    void setsTheActiveFlagOnlyWhenSent() {
        Company inactive = changeStored(CompanyChange.none().withActive(false)).get();

        assertThat(inactive.active()).isFalse();
        assertThat(CompanyRules.change(knowingNoParent(), inactive, CompanyChange.none().withName("Bee")).get().active()).isFalse();
        assertThat(CompanyRules.change(knowingNoParent(), inactive, CompanyChange.none().withActive(true)).get().active()).isTrue();
    }

    @Test
    void keepsTheParentWhenNoneIsSent() {
        assertThat(CompanyRules.change(knowingNoParent(), north, CompanyChange.none().withName("North")).get().parent())
                .contains(holding.id());
    }

    @Test
    void detachesFromTheParentWhenAnEmptyOrBlankParentIsSent() {
        assertThat(CompanyRules.change(knowingNoParent(), north, CompanyChange.none().withParent(Option.none())).get().parent().isEmpty())
                .isTrue();
        assertThat(CompanyRules.change(knowingNoParent(), north, CompanyChange.none().withParent(Option.of(" "))).get().parent().isEmpty())
                .isTrue();
    }

    @Test
    void movesUnderACompanyOfAnotherBranch() {
        CompanyFacts southKnown = CompanyFacts.forChange(Option.of(south), List.of(holding));

        Company moved = CompanyRules.change(southKnown, northDepot, CompanyChange.none().withParent(Option.of("south"))).get();

        assertThat(moved.parent()).contains(south.id());
    }

    @Test
    void refusesToMoveUnderItself1709() {
        Either<Rejection, Company> judged = CompanyRules.change(CompanyFacts.forChange(Option.of(stored), List.empty()), stored,
                CompanyChange.none().withParent(Option.of(" ex1 ")));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.COMPANY_OWN_PARENT);
    }

    @Test
    void refusesAMoveUnderAParentNoCompanyHolds1703() {
        Either<Rejection, Company> judged = changeStored(CompanyChange.none().withParent(Option.of("nobody")));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.PARENT_COMPANY_UNKNOWN);
        assertThat(messageOf(judged)).isEqualTo("Parent company nobody does not exist");
    }

    @Test
    void refusesToMoveUnderOneOfItsOwnSubsidiaries1710() {
        CompanyFacts depotKnown = CompanyFacts.forChange(Option.of(northDepot), List.of(north, holding));
        CompanyFacts northKnown = CompanyFacts.forChange(Option.of(north), List.of(holding));

        Either<Rejection, Company> underGrandchild = CompanyRules.change(depotKnown, holding,
                CompanyChange.none().withParent(Option.of("north-depot")));
        Either<Rejection, Company> underChild = CompanyRules.change(northKnown, holding, CompanyChange.none().withParent(Option.of("north")));

        assertThat(codeOf(underGrandchild)).isEqualTo(ErrorCode.CYCLIC_COMPANY_PARENTS);
        assertThat(underGrandchild.getLeft()).isInstanceOf(Rejection.Conflict.class);
        assertThat(codeOf(underChild)).isEqualTo(ErrorCode.CYCLIC_COMPANY_PARENTS);
    }

    @Test
    void judgesTheNameBeforeTheParent() {
        CompanyFacts northKnown = CompanyFacts.forChange(Option.of(north), List.of(holding));

        Either<Rejection, Company> judged = CompanyRules.change(northKnown, holding,
                CompanyChange.none().withName(" ").withParent(Option.of("north")));

        assertThat(messageOf(judged)).contains("name is required");
    }

    @Test
    void listsTheCompanyThenEveryCompanyBelowItParentsBeforeChildren() {
        assertThat(CompanyRules.withSubsidiaries(holding, theHoldingsTree()).map(company -> company.externalId().value()))
                .containsExactly("holding", "north", "south", "north-depot", "south-depot");
    }

    @Test
    void listsOnlyTheCompaniesBelowTheOneAsked() {
        assertThat(CompanyRules.withSubsidiaries(north, theHoldingsTree())).containsExactly(north, northDepot);
    }

    @Test
    void aCompanyWithoutSubsidiariesIsAlone() {
        assertThat(CompanyRules.withSubsidiaries(southDepot, theHoldingsTree())).containsExactly(southDepot);
    }

    @Test
    void listsEachCompanyOnceWereTheDataEverCyclic() {
        Company first = aCompanyIn(FLEET, "first");
        Company second = underParent(aCompanyIn(FLEET, "second"), first);
        Company firstUnderSecond = underParent(first, second);
        Map<CompanyId, List<Company>> loop = HashMap.of(first.id(), List.of(second), second.id(), List.of(firstUnderSecond));

        assertThat(CompanyRules.withSubsidiaries(first, loop).map(Company::id)).containsExactly(first.id(), second.id());
    }
}

package io.grouployalty.application.company;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.port.in.DeactivateCompany;
import io.grouployalty.application.port.in.DeactivateHierarchy;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.GetCompany;
import io.grouployalty.application.port.in.ListCompanies;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateCompany;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetDraft;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

class CompanyServiceTest {

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final HierarchyService hierarchies = new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), Clock.systemUTC());
    private final CompanyService service = new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), Clock.systemUTC());
    private final Org org = aNewOrg();
    private final Caller caller = new Caller(aNewTillCode(), org.id());

    @BeforeEach
    void twoHierarchiesOneOfThemInactive() {
        hierarchies.define(new DefineHierarchy.Command(caller, aFleetDraft("fleet")));
        hierarchies.define(new DefineHierarchy.Command(caller, aFleetDraft("retired")))
                .peek(id -> hierarchies.deactivate(new DeactivateHierarchy.Command(caller, id)));
    }

    private static CompanyDraft draft(String externalId, String parent) {
        return new CompanyDraft(externalId, "Company " + externalId, "fleet", Option.of(parent), HashMap.empty());
    }

    private Either<Rejection, CompanyId> register(CompanyDraft draft) {
        return service.register(new RegisterCompany.Command(caller, draft));
    }

    private Company company(String externalId) {
        return service.get(new GetCompany.Query(caller, ref(externalId))).get();
    }

    private static CompanyRef ref(String externalId) {
        return new CompanyRef.ByExternalId(new ExternalId(externalId));
    }

    private List<Company> stored() {
        return ports.companies().page(org.id(), new CompanyQuery(Option.none(), false, 1000, 0)).items();
    }

    private Either<Rejection, CompanyId> update(String externalId, CompanyChange change) {
        return service.update(new UpdateCompany.Command(caller, ref(externalId), change));
    }

    private void assertRefusedWithoutChange(ErrorCode expected, Either<Rejection, ?> outcome, List<Company> before) {
        assertThat(seen(outcome.getLeft().code())).isEqualTo(expected);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void registersACompanyReadableByIdAndByExternalId() {
        CompanyId id = register(new CompanyDraft(" ex1 ", " Solace Logistics ", "fleet", Option.none(),
                LinkedHashMap.of("region", "west"))).get();

        Company byId = service.get(new GetCompany.Query(caller, new CompanyRef.ById(id))).get();

        assertThat(byId).isEqualTo(company("ex1"));
        assertThat(byId.name()).isEqualTo("Solace Logistics");
        assertThat(byId.active()).isTrue();
        assertThat(byId.extendedFields().get("region")).contains("west");
    }

    @Test
    void refusesEveryBrokenRegistrationWithItsCodeInTheOrderOfTheContract() {
        register(draft("taken", null));
        List<Company> before = stored();

        assertRefusedWithoutChange(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY, register(draft(" ", null)), before);
        assertRefusedWithoutChange(ErrorCode.INVALID_INPUT,
                register(new CompanyDraft("x", "", "fleet", Option.none(), HashMap.empty())), before);
        assertRefusedWithoutChange(ErrorCode.INVALID_INPUT,
                register(new CompanyDraft("x", "X", null, Option.none(), HashMap.empty())), before);
        assertRefusedWithoutChange(ErrorCode.HIERARCHY_CODE_UNKNOWN,
                register(new CompanyDraft("x", "X", "nope", Option.none(), HashMap.empty())), before);
        assertRefusedWithoutChange(ErrorCode.HIERARCHY_INACTIVE,
                register(new CompanyDraft("x", "X", "retired", Option.none(), HashMap.empty())), before);
        assertRefusedWithoutChange(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS, register(draft("taken", null)), before);
        assertRefusedWithoutChange(ErrorCode.PARENT_COMPANY_UNKNOWN, register(draft("x", "nobody")), before);
    }

    @Test
    void checksSelfParentBeforeTheParentsExistence1709() {
        List<Company> before = stored();

        assertRefusedWithoutChange(ErrorCode.COMPANY_OWN_PARENT, register(draft("self", "self")), before);
    }

    @Test
    void registersUnderAParent() {
        CompanyId parent = register(draft("parent", null)).get();

        register(draft("child", "parent"));

        assertThat(company("child").parent()).contains(parent);
    }

    @Test
    void updatesNameFieldsAndParentKeepingWhatIsOmitted() {
        register(draft("a", null));
        register(new CompanyDraft("b", "B", "fleet", Option.none(), LinkedHashMap.of("region", "west", "size", "9")));

        update("b", CompanyChange.none().withName("Bee").withParent(Option.of("a")).withExtendedFields(HashMap.of("size", "10")));

        Company b = company("b");
        assertThat(b.name()).isEqualTo("Bee");
        assertThat(b.parent()).contains(company("a").id());
        assertThat(b.extendedFields().toJavaMap()).containsEntry("region", "west").containsEntry("size", "10");

        update("b", CompanyChange.none().withParent(Option.none()));
        assertThat(company("b").parent().isEmpty()).isTrue();
        assertThat(company("b").name()).isEqualTo("Bee");
    }

    @Test
    void refusesBrokenUpdatesWithTheirCodes() {
        register(draft("top", null));
        register(draft("middle", "top"));
        register(draft("bottom", "middle"));
        hierarchies.define(new DefineHierarchy.Command(caller, aFleetDraft("other")));
        List<Company> before = stored();

        assertRefusedWithoutChange(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED, update("middle", CompanyChange.none().withHierarchy("other")), before);
        assertRefusedWithoutChange(ErrorCode.COMPANY_OWN_PARENT, update("middle", CompanyChange.none().withParent(Option.of("middle"))), before);
        assertRefusedWithoutChange(ErrorCode.PARENT_COMPANY_UNKNOWN, update("middle", CompanyChange.none().withParent(Option.of("nobody"))), before);
        assertRefusedWithoutChange(ErrorCode.CYCLIC_COMPANY_PARENTS, update("top", CompanyChange.none().withParent(Option.of("bottom"))), before);
        assertRefusedWithoutChange(ErrorCode.COMPANY_UNKNOWN, update("nobody", CompanyChange.none().withName("X")), before);
    }

    @Test
    void sendingTheSameHierarchyAgainIsNoChange() {
        register(draft("a", null));

        assertThat(update("a", CompanyChange.none().withHierarchy("fleet")).isRight()).isTrue();
    }

    @Test
    void deactivatingACompanyDeactivatesItsSubCompaniesRecursivelyAndNoOthers() {
        register(draft("top", null));
        register(draft("middle", "top"));
        register(draft("bottom", "middle"));
        register(draft("elsewhere", null));

        assertThat(service.deactivate(new DeactivateCompany.Command(caller, ref("middle"))).isRight()).isTrue();

        assertThat(List.of("top", "middle", "bottom", "elsewhere").map(id -> company(id).active()).toJavaList())
                .containsExactly(true, false, false, true);
        assertThat(seen(service.deactivate(new DeactivateCompany.Command(caller, ref("nobody"))).getLeft().code()))
                .isEqualTo(ErrorCode.COMPANY_UNKNOWN);
    }

    @Test
    void anUpdateSettingInactiveTakesTheSubCompaniesAlongAndActiveBringsBackOnlyTheCompany() {
        register(draft("top", null));
        register(draft("child", "top"));

        update("top", CompanyChange.none().withActive(false));
        assertThat(company("child").active()).isFalse();

        update("top", CompanyChange.none().withActive(true));
        assertThat(company("top").active()).isTrue();
        assertThat(company("child").active()).isFalse();
    }

    @Test
    void anUpdateOfAnInactiveCompanyThatDoesNotSetInactiveLeavesItsSubCompaniesAsTheyAre() {
        register(draft("top", null));
        register(draft("child", "top"));
        update("top", CompanyChange.none().withActive(false));
        update("child", CompanyChange.none().withActive(true));

        update("top", CompanyChange.none().withName("Renamed").withExtendedFields(HashMap.of("region", "east")));

        assertThat(company("top").active()).isFalse();
        assertThat(company("top").name()).isEqualTo("Renamed");
        assertThat(company("child").active()).isTrue();
    }

    @Test
    void anotherOrgsCompaniesDoNotExistForTheCaller() {
        register(draft("mine", null));
        Caller stranger = new Caller(aNewTillCode(), aNewOrg().id());

        assertThat(seen(service.get(new GetCompany.Query(stranger, ref("mine"))).getLeft().code())).isEqualTo(ErrorCode.COMPANY_UNKNOWN);
        assertThat(service.list(new ListCompanies.Query(stranger, new CompanyQuery(Option.none(), true, 10, 0))).total()).isZero();
    }

    @Test
    void listsOnePageAndTheTotal() {
        register(draft("a", null));
        register(draft("b", null));
        register(draft("c", null));

        Page<Company> page = service.list(new ListCompanies.Query(caller, new CompanyQuery(Option.of(true), false, 2, 1)));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().size()).isEqualTo(2);
    }
}

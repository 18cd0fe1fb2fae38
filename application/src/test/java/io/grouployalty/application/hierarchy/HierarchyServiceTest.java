package io.grouployalty.application.hierarchy;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.port.in.DeactivateHierarchy;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.GetHierarchy;
import io.grouployalty.application.port.in.UpdateHierarchy;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetDraft;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRoles;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

class HierarchyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final HierarchyService service = new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Org org = aNewOrg();
    private final Caller caller = new Caller(aNewTillCode(), org.id());

    private HierarchyId defined(HierarchyDraft draft) {
        return service.define(new DefineHierarchy.Command(caller, draft)).get();
    }

    private List<Hierarchy> stored() {
        return ports.hierarchies().all(org.id());
    }

    private void assertRefusedWithoutChange(ErrorCode expected, Either<Rejection, ?> outcome, List<Hierarchy> before) {
        assertThat(seen(outcome.getLeft().code())).isEqualTo(expected);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void definesAHierarchyThatCanBeReadByIdAndByCode() {
        HierarchyId id = defined(aFleetDraft("fleet"));

        Hierarchy byId = service.get(new GetHierarchy.Query(caller, new HierarchyRef.ById(id))).get();
        Hierarchy byCode = service.get(new GetHierarchy.Query(caller, new HierarchyRef.ByCode(new HierarchyCode("fleet")))).get();

        assertThat(byId).isEqualTo(byCode);
        assertThat(byId.createdOn()).isEqualTo(NOW);
        assertThat(service.list(caller).toJavaList()).containsExactly(byId);
    }

    @Test
    void refusesACodeTheOrgAlreadyUses1600() {
        defined(aFleetDraft("fleet"));
        List<Hierarchy> before = stored();

        assertRefusedWithoutChange(ErrorCode.HIERARCHY_CODE_EXISTS, service.define(new DefineHierarchy.Command(caller, aFleetDraft("fleet"))), before);
    }

    @Test
    void anotherOrgMayUseTheSameCode() {
        defined(aFleetDraft("fleet"));
        Caller other = new Caller(aNewTillCode(), aNewOrg().id());

        assertThat(service.define(new DefineHierarchy.Command(other, aFleetDraft("fleet"))).isRight()).isTrue();
    }

    @Test
    void refusesEveryBrokenDefinitionWithItsCodeAndStoresNothing() {
        List<Hierarchy> before = stored();
        RoleDraft noMax = new RoleDraft("A", Option.of("B"), Option.none(), false, List.empty());
        List<List<RoleDraft>> broken = List.of(
                List.of(RoleDraft.leaf("A")),
                List.range(0, 9).map(i -> i < 8 ? RoleDraft.parent("R" + i, "R" + (i + 1), 1) : RoleDraft.leaf("R" + i)),
                List.of(RoleDraft.parent("A", "", 1), RoleDraft.leaf("")),
                List.of(RoleDraft.parent("A", "B", -1), RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "B", 30_001), RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "B", 1), RoleDraft.leaf("B"), RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "Z", 1), RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "B", 1), RoleDraft.parent("B", "A", 1)),
                List.of(noMax, RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "B", 1).aggregatingPoints(), RoleDraft.leaf("B").aggregatingPoints()));

        List<Integer> codes = broken.map(roles -> service.define(new DefineHierarchy.Command(caller,
                new HierarchyDraft("h", Option.none(), Option.none(), roles, false, false, false, false))).getLeft().code()).map(code -> seen(code).code());

        assertThat(codes.toJavaList()).containsExactly(1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1611, 1649);
        assertRefusedWithoutChange(ErrorCode.HIERARCHY_CODE_EMPTY,
                service.define(new DefineHierarchy.Command(caller, aFleetDraft(""))), before);
    }

    @Test
    void aNewDefaultClearsTheOldDefault() {
        HierarchyId first = defined(new HierarchyDraft("first", Option.none(), Option.none(), fleetRoles(), true, false, false, false));

        HierarchyId second = defined(new HierarchyDraft("second", Option.none(), Option.none(), fleetRoles(), true, false, false, false));

        assertThat(stored().filter(Hierarchy::isDefault).map(Hierarchy::id).toJavaList()).containsExactly(second);
        assertThat(ports.hierarchies().byId(org.id(), first).get().isDefault()).isFalse();
    }

    @Test
    void updatesWhatMayChangeAndKeepsTheRest() {
        HierarchyId id = defined(aFleetDraft("fleet"));

        service.update(new UpdateHierarchy.Command(caller, id, HierarchyChange.none().withName("Trucks").withDefault(true)));

        Hierarchy updated = ports.hierarchies().byId(org.id(), id).get();
        assertThat(updated.name()).contains("Trucks");
        assertThat(updated.isDefault()).isTrue();
        assertThat(updated.description()).contains("Drivers and owners");
    }

    @Test
    void refusesAnUpdateThatChangesTheChain1711() {
        HierarchyId id = defined(aFleetDraft("fleet"));
        List<Hierarchy> before = stored();

        assertRefusedWithoutChange(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED, service.update(new UpdateHierarchy.Command(caller, id,
                HierarchyChange.none().withName("Renamed").withRoles(fleetRoles().init().init().append(RoleDraft.leaf("FA"))))), before);
    }

    @Test
    void refusesToUpdateOrDeactivateAnUnknownId1609() {
        HierarchyId theirs = new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), Clock.systemUTC())
                .define(new DefineHierarchy.Command(new Caller(aNewTillCode(), aNewOrg().id()), aFleetDraft("theirs"))).get();
        List<Hierarchy> before = stored();

        assertRefusedWithoutChange(ErrorCode.HIERARCHY_ID_INVALID,
                service.update(new UpdateHierarchy.Command(caller, theirs, HierarchyChange.none().withName("Mine"))), before);
        assertRefusedWithoutChange(ErrorCode.HIERARCHY_ID_INVALID,
                service.deactivate(new DeactivateHierarchy.Command(caller, new HierarchyId(999_999))), before);
        assertThat(seen(service.get(new GetHierarchy.Query(caller, new HierarchyRef.ById(theirs))).getLeft().code()))
                .isEqualTo(ErrorCode.HIERARCHY_ID_INVALID);
    }

    @Test
    void readingAnUnknownCodeIs1701() {
        assertThat(seen(service.get(new GetHierarchy.Query(caller, new HierarchyRef.ByCode(new HierarchyCode("none")))).getLeft().code()))
                .isEqualTo(ErrorCode.HIERARCHY_CODE_UNKNOWN);
    }

    @Test
    void deactivatingKeepsTheHierarchyReadable() {
        HierarchyId id = defined(aFleetDraft("fleet"));

        assertThat(service.deactivate(new DeactivateHierarchy.Command(caller, id)).get()).isEqualTo(id);

        assertThat(service.get(new GetHierarchy.Query(caller, new HierarchyRef.ById(id))).get().active()).isFalse();
    }

    @Test
    void declaringAnExistingCodeUpdatesItByTheUpdateRules() {
        HierarchyId id = defined(aFleetDraft("fleet"));
        HierarchyDraft appended = new HierarchyDraft("fleet", Option.of("Fleet v2"), Option.none(),
                fleetRoles().init().append(RoleDraft.parent("FC", "TRUCK", 4)).append(RoleDraft.leaf("TRUCK")),
                false, false, false, false);

        Hierarchy declared = service.declare(org.id(), appended).get();

        assertThat(declared.id()).isEqualTo(id);
        assertThat(declared.roles().roles().size()).isEqualTo(5);
        HierarchyDraft skipping = new HierarchyDraft("fleet", Option.none(), Option.none(), appended.roles(), false, false, false, true);
        assertThat(seen(service.declare(org.id(), skipping).getLeft().code())).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
    }
}

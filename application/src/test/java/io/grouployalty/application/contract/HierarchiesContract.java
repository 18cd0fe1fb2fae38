package io.grouployalty.application.contract;

import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.hierarchy.RoleId;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetHierarchy;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Hierarchies} must do. */
public abstract class HierarchiesContract {

    private Org org;

    protected abstract OrgPorts ports();

    private Hierarchies hierarchies() {
        return ports().hierarchies();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgs().save(org);
    }

    private Hierarchy saved(Org owner, Hierarchy hierarchy) {
        return hierarchies().save(owner.id(), hierarchy).get();
    }

    private static java.util.List<RoleId> roleIds(Hierarchy hierarchy) {
        return hierarchy.roles().roles().map(role -> role.id().get()).toJavaList();
    }

    @Test
    void givesDistinctIds() {
        assertThat(hierarchies().nextId()).isNotEqualTo(hierarchies().nextId());
    }

    @Test
    void givesEveryRoleAnIdOfItsOwnWhenFirstSaved() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));
        Hierarchy other = saved(org, aFleetHierarchy(hierarchies().nextId()));

        assertThat(roleIds(fleet)).hasSize(4).doesNotHaveDuplicates().doesNotContainAnyElementsOf(roleIds(other));
        assertThat(hierarchies().byId(org.id(), fleet.id()).map(Hierarchy::roles)).contains(fleet.roles());
    }

    @Test
    void keepsTheIdsOfTheRolesAChangeKeepsAndGivesAppendedRolesNewOnes() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));
        List<RoleDraft> appended = ReferenceFixtures.fleetRoles().init().append(RoleDraft.parent("FC", "TRUCK", 2)).append(RoleDraft.leaf("TRUCK"));

        Hierarchy changed = saved(org, fleet.change(HierarchyChange.none().withRoles(appended)).get());
        Hierarchy renamed = saved(org, changed.change(HierarchyChange.none().withName("Renamed")).get());

        assertThat(roleIds(changed)).hasSize(5).startsWith(roleIds(fleet).toArray(RoleId[]::new)).doesNotHaveDuplicates();
        assertThat(roleIds(renamed)).isEqualTo(roleIds(changed));
        assertThat(roleIds(hierarchies().byId(org.id(), fleet.id()).get())).isEqualTo(roleIds(changed));
    }

    @Test
    void findsASavedHierarchyByIdAndByCode() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));

        assertThat(hierarchies().byId(org.id(), fleet.id()).get()).isEqualTo(fleet);
        assertThat(hierarchies().byCode(org.id(), fleet.code()).get()).isEqualTo(fleet);
        assertThat(hierarchies().byCode(org.id(), new HierarchyCode("unknown")).isEmpty()).isTrue();
    }

    @Test
    void replacesTheStoredHierarchyOfTheSameId() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));
        Hierarchy renamed = fleet.change(HierarchyChange.none().withName("Renamed")).get().deactivated();

        hierarchies().save(org.id(), renamed);

        assertThat(hierarchies().byId(org.id(), fleet.id()).get()).isEqualTo(renamed);
        assertThat(hierarchies().all(org.id()).size()).isEqualTo(1);
    }

    @Test
    void readsAHierarchyLockedAsStored() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));
        Org other = aNewOrg();
        ports().orgs().save(other);

        assertThat(hierarchies().locked(org.id(), fleet.id())).contains(fleet);
        assertThat(hierarchies().locked(other.id(), fleet.id()).isEmpty()).isTrue();
        assertThat(hierarchies().locked(org.id(), hierarchies().nextId()).isEmpty()).isTrue();
    }

    @Test
    void aLockedHierarchyHoldsAnotherUnitOfWorkUntilTheFirstEnds() throws Exception {
        Hierarchy fleet = aFleetHierarchy(hierarchies().nextId());
        hierarchies().save(org.id(), fleet);

        WhileLocked.meanwhile(ports().transactions(), () -> hierarchies().locked(org.id(), fleet.id()).get(),
                locked -> hierarchies().save(org.id(), locked.change(HierarchyChange.none().withName("Renamed")).get()),
                () -> hierarchies().save(org.id(), hierarchies().locked(org.id(), fleet.id()).get().deactivated()));

        Hierarchy stored = hierarchies().byId(org.id(), fleet.id()).get();
        assertThat(stored.name()).contains("Renamed");
        assertThat(stored.active()).isFalse();
    }

    @Test
    void keepsAtMostOneDefaultPerOrg() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        Hierarchy first = aFleetHierarchy(hierarchies().nextId()).change(HierarchyChange.none().withDefault(true)).get();
        Hierarchy second = aFleetHierarchy(hierarchies().nextId()).change(HierarchyChange.none().withDefault(true)).get();
        Hierarchy othersDefault = aFleetHierarchy(hierarchies().nextId()).change(HierarchyChange.none().withDefault(true)).get();
        hierarchies().save(other.id(), othersDefault);
        hierarchies().save(org.id(), first);

        hierarchies().save(org.id(), second);

        assertThat(hierarchies().all(org.id()).filter(Hierarchy::isDefault).map(Hierarchy::id).toJavaList()).containsExactly(second.id());
        assertThat(hierarchies().byId(other.id(), othersDefault.id()).get().isDefault()).isTrue();
    }

    @Test
    void neverShowsOneOrgTheHierarchiesOfAnother() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        Hierarchy theirs = aFleetHierarchy(hierarchies().nextId());
        hierarchies().save(other.id(), theirs);

        assertThat(hierarchies().byId(org.id(), theirs.id()).isEmpty()).isTrue();
        assertThat(hierarchies().byCode(org.id(), theirs.code()).isEmpty()).isTrue();
        assertThat(hierarchies().all(org.id()).isEmpty()).isTrue();
    }

    @Test
    void listsAllByIdActiveOrNot() {
        Hierarchy first = aFleetHierarchy(hierarchies().nextId());
        Hierarchy second = saved(org, aFleetHierarchy(hierarchies().nextId()).deactivated());
        first = saved(org, first);

        assertThat(hierarchies().all(org.id()).toJavaList()).containsExactly(first, second);
    }

    @Test
    void refusesACodeAnotherHierarchyOfTheOrgHolds1600() {
        Hierarchy fleet = saved(org, aFleetHierarchy(hierarchies().nextId()));
        Hierarchy sameCode = io.grouployalty.domain.hierarchy.Hierarchy.define(hierarchies().nextId(),
                ReferenceFixtures.aFleetDraft(fleet.code().value()), fleet.createdOn()).get();

        assertThat(hierarchies().save(org.id(), sameCode).getLeft().code()).isEqualTo(io.grouployalty.domain.ErrorCode.HIERARCHY_CODE_EXISTS);
        assertThat(hierarchies().all(org.id()).toJavaList()).containsExactly(fleet);
    }
}

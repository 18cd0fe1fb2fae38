package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.domain.hierarchy.FleetHierarchies.CREATED;
import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleet;
import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetAllowingSkips;
import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetDraft;
import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetRoles;
import static org.assertj.core.api.Assertions.assertThat;

class HierarchyTest {

    private final Hierarchy fleet = fleet();

    private static final RoleCode GFA = new RoleCode("GFA");
    private static final RoleCode SFA = new RoleCode("SFA");
    private static final RoleCode FA = new RoleCode("FA");
    private static final RoleCode FC = new RoleCode("FC");
    private static final RoleCode UNKNOWN = new RoleCode("TRUCK");

    private static ErrorCode codeOf(Either<Rejection, Hierarchy> judged) {
        return judged.getLeft().code();
    }

    @Test
    void aNewHierarchyIsActiveAndKeepsItsFlags() {
        HierarchyDraft draft = new HierarchyDraft(" fleet ", Option.of("Fleet"), Option.of("Trucks"), fleetRoles(), true, true, true, true);

        Hierarchy defined = Hierarchy.define(new HierarchyId(5), draft, CREATED).get();

        assertThat(defined.code()).isEqualTo(new HierarchyCode("fleet"));
        assertThat(defined.active()).isTrue();
        assertThat(defined.isDefault()).isTrue();
        assertThat(defined.skipRoleAllowed()).isTrue();
        assertThat(defined.description()).contains("Trucks");
        assertThat(defined.roles().role(new RoleCode("FA")).get().pointsAggregationRole()).isTrue();
    }

    @Test
    void needsACode1613() {
        assertThat(codeOf(Hierarchy.define(new HierarchyId(5), fleetDraft("  "), CREATED))).isEqualTo(ErrorCode.HIERARCHY_CODE_EMPTY);
        assertThat(codeOf(Hierarchy.define(new HierarchyId(5), fleetDraft(null), CREATED))).isEqualTo(ErrorCode.HIERARCHY_CODE_EMPTY);
    }

    @Test
    void judgesTheRolesBeforeTheCode() {
        assertThat(codeOf(Hierarchy.define(new HierarchyId(5), FleetHierarchies.withRoles("", List.of(RoleDraft.leaf("A"))), CREATED)))
                .isEqualTo(ErrorCode.TOO_FEW_ROLES);
    }

    @Test
    void anUpdateMayChangeNameDescriptionActiveDefaultAndMaxChild() {
        List<RoleDraft> moreRoom = fleetRoles().update(0, RoleDraft.parent("GFA", "SFA", 10));
        HierarchyChange change = HierarchyChange.none().withName("Renamed").withActive(false).withDefault(true).withRoles(moreRoom);

        Hierarchy changed = fleet.change(change).get();

        assertThat(changed.name()).contains("Renamed");
        assertThat(changed.active()).isFalse();
        assertThat(changed.isDefault()).isTrue();
        assertThat(changed.roles().role(new RoleCode("GFA")).get().maxChild()).contains(10);
        assertThat(changed.id()).isEqualTo(fleet.id());
        assertThat(changed.createdOn()).isEqualTo(fleet.createdOn());
    }

    @Test
    void anUpdateLeavesWhatItOmits() {
        assertThat(fleet.change(HierarchyChange.none()).get()).isEqualTo(fleet);
    }

    @Test
    void anUpdateMayAppendARoleBelowTheLastOne() {
        List<RoleDraft> appended = fleetRoles().init().append(RoleDraft.parent("FC", "TRUCK", 2)).append(RoleDraft.leaf("TRUCK"));

        Hierarchy changed = fleet.change(HierarchyChange.none().withRoles(appended)).get();

        assertThat(changed.roles().last().code()).isEqualTo(new RoleCode("TRUCK"));
        assertThat(changed.roles().role(new RoleCode("FC")).get().maxChild()).contains(2);
    }

    @Test
    void theRolesAnUpdateKeepsKeepTheirIdsAndTheRolesItAppendsHaveNoneYet() {
        RoleChain identified = new RoleChain(fleet.roles().roles().zipWithIndex().map(role -> role._1.withId(new RoleId(81 + role._2))));
        Hierarchy stored = new Hierarchy(fleet.id(), fleet.code(), fleet.name(), fleet.description(), identified, true, false, false,
                false, false, CREATED);
        List<RoleDraft> appended = fleetRoles().update(0, RoleDraft.parent("GFA", "SFA", 10)).init()
                .append(RoleDraft.parent("FC", "TRUCK", 2)).append(RoleDraft.leaf("TRUCK"));

        Hierarchy changed = stored.change(HierarchyChange.none().withRoles(appended)).get();

        assertThat(changed.roles().roles().map(Role::id).toJavaList()).containsExactly(Option.of(new RoleId(81)), Option.of(new RoleId(82)),
                Option.of(new RoleId(83)), Option.of(new RoleId(84)), Option.none());
        assertThat(changed.roles().role(new RoleCode("GFA")).get().maxChild()).contains(10);
    }

    @Test
    void anAppendedRoleNeedsAMaxChildOnThePreviousLastRole1611() {
        RoleDraft fcWithoutMax = new RoleDraft("FC", Option.of("TRUCK"), Option.none(), false, List.empty());
        List<RoleDraft> appended = fleetRoles().init().append(fcWithoutMax).append(RoleDraft.leaf("TRUCK"));

        assertThat(codeOf(fleet.change(HierarchyChange.none().withRoles(appended)))).isEqualTo(ErrorCode.MAX_CHILD_MISSING);
    }

    @Test
    void anUpdateMayNotChangeTheCodeTheChainOrTheFlags1711() {
        List<RoleDraft> removed = List.of(RoleDraft.parent("GFA", "SFA", 5000), RoleDraft.parent("SFA", "FA", 5000).aggregatingPoints(),
                RoleDraft.leaf("FA"));
        List<RoleDraft> reordered = List.of(RoleDraft.parent("SFA", "GFA", 5000), RoleDraft.parent("GFA", "FA", 5000),
                RoleDraft.parent("FA", "FC", 5000).aggregatingPoints(), RoleDraft.leaf("FC"));
        List<RoleDraft> insertedAbove = fleetRoles().prepend(RoleDraft.parent("TOP", "GFA", 1));
        List<RoleDraft> aggregationMoved = List.of(RoleDraft.parent("GFA", "SFA", 5000).aggregatingPoints(),
                RoleDraft.parent("SFA", "FA", 5000), RoleDraft.parent("FA", "FC", 5000), RoleDraft.leaf("FC"));

        List<HierarchyChange> refused = List.of(
                HierarchyChange.none().withCode("other"),
                HierarchyChange.none().withRoles(removed),
                HierarchyChange.none().withRoles(reordered),
                HierarchyChange.none().withRoles(insertedAbove),
                HierarchyChange.none().withRoles(aggregationMoved),
                HierarchyChange.none().withSkipRoleAllowed(true));

        assertThat(refused.map(change -> codeOf(fleet.change(change))).toJavaList())
                .containsOnly(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED).hasSize(6);
    }

    @Test
    void sendingTheSameCodeAndFlagsAgainIsNoChange() {
        HierarchyChange same = HierarchyChange.none().withCode("code-association2").withSkipRoleAllowed(false).withRoles(fleetRoles());

        assertThat(fleet.change(same).get()).isEqualTo(fleet);
    }

    @Test
    void aChangedChainStillFollowsTheDefinitionRules() {
        List<RoleDraft> tooMany = fleetRoles().init().append(RoleDraft.parent("FC", "R0", 1))
                .appendAll(List.range(0, 5).map(i -> i < 4 ? RoleDraft.parent("R" + i, "R" + (i + 1), 1) : RoleDraft.leaf("R" + i)));

        assertThat(codeOf(fleet.change(HierarchyChange.none().withRoles(tooMany)))).isEqualTo(ErrorCode.TOO_MANY_ROLES);
    }

    @Test
    void leavingOutAStoredRoleIs1711WhateverElseTheRolesBreak() {
        List<RoleDraft> lastLeftOutButNamed = List.of(RoleDraft.parent("GFA", "SFA", 5000), RoleDraft.parent("SFA", "FA", 5000),
                RoleDraft.parent("FA", "FC", 5000).aggregatingPoints());
        List<RoleDraft> oneRole = List.of(RoleDraft.leaf("GFA"));

        assertThat(codeOf(fleet.change(HierarchyChange.none().withRoles(lastLeftOutButNamed)))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
        assertThat(codeOf(fleet.change(HierarchyChange.none().withRoles(oneRole)))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
    }

    @Test
    void withoutSkipsARoleParentsOnlyTheNextRoleDown() {
        assertThat(fleet.mayParent(GFA, SFA)).isTrue();
        assertThat(fleet.mayParent(FA, FC)).isTrue();
        assertThat(fleet.mayParent(GFA, FA)).isFalse();
        assertThat(fleet.mayParent(GFA, FC)).isFalse();
    }

    @Test
    void withSkipsARoleParentsAnyRoleBelowIt() {
        Hierarchy skipping = fleetAllowingSkips();

        assertThat(skipping.mayParent(GFA, SFA)).isTrue();
        assertThat(skipping.mayParent(GFA, FA)).isTrue();
        assertThat(skipping.mayParent(GFA, FC)).isTrue();
        assertThat(skipping.mayParent(SFA, FC)).isTrue();
    }

    @Test
    void noRoleParentsItselfARoleAboveItOrARoleOfAnotherHierarchy() {
        for (Hierarchy hierarchy : List.of(fleet, fleetAllowingSkips())) {
            assertThat(hierarchy.mayParent(FA, FA)).isFalse();
            assertThat(hierarchy.mayParent(FC, FA)).isFalse();
            assertThat(hierarchy.mayParent(FC, GFA)).isFalse();
            assertThat(hierarchy.mayParent(FA, UNKNOWN)).isFalse();
            assertThat(hierarchy.mayParent(UNKNOWN, FC)).isFalse();
        }
    }

    @Test
    void childrenTakeTheNextRoleDownWhenNoneIsNamed() {
        assertThat(fleet.childRole(GFA).map(Role::code)).contains(SFA);
        assertThat(fleet.childRole(FA).map(Role::code)).contains(FC);
        assertThat(fleetAllowingSkips().childRole(GFA).map(Role::code)).contains(SFA);
    }

    @Test
    void theLastRoleHasNoChildRole() {
        assertThat(fleet.childRole(FC)).isEmpty();
        assertThat(fleetAllowingSkips().childRole(FC)).isEmpty();
        assertThat(fleet.childRole(UNKNOWN)).isEmpty();
    }

    @Test
    void withoutSkipsANamedChildRoleMustBeTheNextRoleDown() {
        assertThat(fleet.childRole(SFA, FA).map(Role::code)).contains(FA);
        assertThat(fleet.childRole(GFA, FA)).isEmpty();
        assertThat(fleet.childRole(FA, SFA)).isEmpty();
    }

    @Test
    void withSkipsANamedChildRoleMayBeAnyRoleBelow() {
        Hierarchy skipping = fleetAllowingSkips();

        assertThat(skipping.childRole(GFA, FC).map(Role::code)).contains(FC);
        assertThat(skipping.childRole(SFA, FA).map(Role::code)).contains(FA);
        assertThat(skipping.childRole(FA, FA)).isEmpty();
        assertThat(skipping.childRole(FA, GFA)).isEmpty();
    }

    @Test
    void aNamedChildRoleMustBeARoleOfTheHierarchy() {
        assertThat(fleet.childRole(FC, UNKNOWN)).isEmpty();
        assertThat(fleetAllowingSkips().childRole(GFA, UNKNOWN)).isEmpty();
    }
}

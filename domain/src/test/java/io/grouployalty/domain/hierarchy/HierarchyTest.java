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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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
    void anUpdateRepeatingTheRolesWithSpacesAroundTheirCodesKeepsTheChain() {
        List<RoleDraft> padded = fleetRoles().map(role -> new RoleDraft(" " + role.code() + " ",
                role.childRoleCode().map(child -> " " + child + " "), role.maxChild(), role.pointsAggregationRole(), role.permissions()));

        assertThat(fleet.change(HierarchyChange.none().withRoles(padded)).get().roles()).isEqualTo(fleet.roles());
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

    private static HierarchyDraft named(Option<String> name, Option<String> description) {
        return new HierarchyDraft("fleet", name, description, fleetRoles(), false, false, false, false);
    }

    private static Either<Rejection, Hierarchy> defined(HierarchyDraft draft) {
        return Hierarchy.define(new HierarchyId(5), draft, CREATED);
    }

    @Test
    void aNewHierarchyIsCreatedNowAndKeepsItsRolesInChainOrder() {
        Hierarchy defined = defined(FleetHierarchies.withRoles("fleet", fleetRoles().reverse())).get();

        assertThat(defined.createdOn()).isEqualTo(CREATED);
        assertThat(defined.id()).isEqualTo(new HierarchyId(5));
        assertThat(defined.roles().roles().map(role -> role.code().value()).toJavaList()).containsExactly("GFA", "SFA", "FA", "FC");
        assertThat(defined.isDefault()).isFalse();
        assertThat(defined.skipRoleAllowed()).isFalse();
    }

    @Test
    void aCodeOverOneHundredCharactersIsInvalidInput() {
        Either<Rejection, Hierarchy> judged = defined(fleetDraft("h".repeat(101)));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(judged.getLeft().message()).isEqualTo("Invalid input: hierarchy code must be at most 100 characters");
        assertThat(defined(fleetDraft("h".repeat(100))).get().code().value()).hasSize(100);
    }

    @Test
    void aCodeWithAControlCharacterIsInvalidInput() {
        assertThat(defined(fleetDraft("fleet\ncode")).getLeft().message()).isEqualTo("Invalid input: hierarchy code must not contain control characters");
    }

    @Test
    void theNameIsTrimmedAndABlankNameIsNoName() {
        assertThat(defined(named(Option.of("  Fleet  "), Option.none())).get().name()).contains("Fleet");
        assertThat(defined(named(Option.of("   "), Option.none())).get().name()).isEmpty();
        assertThat(defined(named(Option.none(), Option.none())).get().name()).isEmpty();
    }

    @Test
    void theNameMayHaveOneThousandCharactersOnOneLine() {
        assertThat(defined(named(Option.of("n".repeat(1000)), Option.none())).get().name().get()).hasSize(1000);
        assertThat(defined(named(Option.of("n".repeat(1001)), Option.none())).getLeft().message())
                .isEqualTo("Invalid input: name must be at most 1000 characters");
        assertThat(defined(named(Option.of("Fleet\nOwners"), Option.none())).getLeft().message())
                .isEqualTo("Invalid input: name must not contain control characters");
    }

    @Test
    void theDescriptionIsFreeTextOfUpToOneThousandCharacters() {
        assertThat(defined(named(Option.none(), Option.of(" Trucks\n\tand vans "))).get().description()).contains("Trucks\n\tand vans");
        assertThat(defined(named(Option.none(), Option.of("d".repeat(1000)))).get().description().get()).hasSize(1000);
        assertThat(defined(named(Option.none(), Option.of("d".repeat(1001)))).getLeft().message())
                .isEqualTo("Invalid input: description must be at most 1000 characters");
        assertThat(defined(named(Option.none(), Option.of("  "))).get().description()).isEmpty();
    }

    @Test
    void anUpdateMaySetOrClearTheDescription() {
        HierarchyChange setting = new HierarchyChange(Option.none(), Option.none(), Option.of(Option.of("Trucks")), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
        HierarchyChange clearing = new HierarchyChange(Option.none(), Option.none(), Option.of(Option.none()), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

        Hierarchy described = fleet.change(setting).get();

        assertThat(described.description()).contains("Trucks");
        assertThat(described.change(clearing).get().description()).isEmpty();
        assertThat(described.change(HierarchyChange.none().withName("Renamed")).get().description()).contains("Trucks");
    }

    @Test
    void anUpdatedNameFollowsTheRulesOfANewOne() {
        assertThat(fleet.change(HierarchyChange.none().withName(" Renamed ")).get().name()).contains("Renamed");
        assertThat(codeOf(fleet.change(HierarchyChange.none().withName("n".repeat(1001))))).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void theStoredCodeSentWithSurroundingSpaceIsTheSameCode() {
        assertThat(fleet.change(HierarchyChange.none().withCode("  code-association2 ")).get()).isEqualTo(fleet);
    }

    @Test
    void aChangedCodeIsRefusedNamingWhy() {
        assertThat(fleet.change(HierarchyChange.none().withCode("code-association3")).getLeft().message())
                .isEqualTo("This update is not allowed: the code can not change");
    }

    @Test
    void theOtherTwoFlagsCanNotChangeEither1711() {
        HierarchyChange autoGroups = new HierarchyChange(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.of(true), Option.none(), Option.none());
        HierarchyChange strict = new HierarchyChange(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.of(true), Option.none());
        HierarchyChange sameFlags = new HierarchyChange(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.of(false), Option.of(false), Option.of(false));

        assertThat(codeOf(fleet.change(autoGroups))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
        assertThat(codeOf(fleet.change(strict))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
        assertThat(fleet.change(sameFlags).get()).isEqualTo(fleet);
    }

    @Test
    void aRefusedUpdateIsAConflictWithTheStoredHierarchy() {
        assertThat(fleet.change(HierarchyChange.none().withSkipRoleAllowed(true)).getLeft()).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void anUpdateMayLowerAMaxChildEvenToZero() {
        List<RoleDraft> noRoom = fleetRoles().update(1, RoleDraft.parent("SFA", "FA", 0));

        assertThat(fleet.change(HierarchyChange.none().withRoles(noRoom)).get().roles().role(SFA).get().maxChild()).contains(0);
    }

    @Test
    void anUpdateMayNotChangeTheRolesPermissions() {
        List<RoleDraft> newPermission = fleetRoles().update(3, new RoleDraft("FC", Option.none(), Option.none(), false,
                List.of(new Permission("drive", "true"))));

        assertThat(codeOf(fleet.change(HierarchyChange.none().withRoles(newPermission)))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
    }

    @Test
    void anUpdateLeavesTheStoredHierarchyAsItWas() {
        fleet.change(HierarchyChange.none().withName("Renamed").withActive(false));

        assertThat(fleet.name()).contains("Fleet");
        assertThat(fleet.active()).isTrue();
    }

    @Test
    void applyingTheSameDraftAgainChangesNothing() {
        assertThat(fleet.change(fleetDraft("code-association2").asChange()).get()).isEqualTo(fleet);
    }

    @Test
    void applyingADraftOfOtherFlagsIs1711() {
        HierarchyDraft strict = new HierarchyDraft("code-association2", Option.of("Fleet"), Option.none(), fleetRoles(), false, false, true, false);

        assertThat(codeOf(fleet.change(strict.asChange()))).isEqualTo(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED);
    }

    @Test
    void aDeactivatedHierarchyKeepsEverythingElse() {
        Hierarchy deactivated = fleetAllowingSkips().deactivated();

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.skipRoleAllowed()).isTrue();
        assertThat(deactivated.roles()).isEqualTo(fleetAllowingSkips().roles());
        assertThat(deactivated.code()).isEqualTo(fleetAllowingSkips().code());
        assertThat(deactivated.mayParent(GFA, FC)).isTrue();
    }

    @Test
    void withoutDefaultClearsOnlyTheDefault() {
        Hierarchy theDefault = fleet.change(HierarchyChange.none().withDefault(true)).get();

        Hierarchy cleared = theDefault.withoutDefault();

        assertThat(cleared.isDefault()).isFalse();
        assertThat(cleared.active()).isTrue();
        assertThat(cleared).isEqualTo(fleet);
    }

    @Test
    void needsAnIdACodeRolesAndACreationDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HierarchyId(0));
        assertThatNullPointerException().isThrownBy(() -> new Hierarchy(null, fleet.code(), fleet.name(),
                fleet.description(), fleet.roles(), true, false, false, false, false, CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Hierarchy(fleet.id(), fleet.code(), fleet.name(),
                fleet.description(), null, true, false, false, false, false, CREATED));
    }
}

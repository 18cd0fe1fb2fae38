package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleChainTest {

    private static ErrorCode codeOf(Either<Rejection, RoleChain> judged) {
        return judged.getLeft().code();
    }

    @Test
    void ordersTheRolesFromTheRootDownWhateverOrderTheyCameIn() {
        RoleChain chain = RoleChain.of(fleetRoles().reverse()).get();

        assertThat(chain.roles().map(role -> role.code().value()).toJavaList()).containsExactly("GFA", "SFA", "FA", "FC");
        assertThat(chain.childOf(new RoleCode("SFA")).get().code()).isEqualTo(new RoleCode("FA"));
        assertThat(chain.parentOf(new RoleCode("SFA")).get().code()).isEqualTo(new RoleCode("GFA"));
        assertThat(chain.isBelow(new RoleCode("FC"), new RoleCode("SFA"))).isTrue();
        assertThat(chain.isBelow(new RoleCode("GFA"), new RoleCode("SFA"))).isFalse();
    }

    @Test
    void needsAtLeastTwoRoles1601() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.leaf("ONLY"))))).isEqualTo(ErrorCode.TOO_FEW_ROLES);
    }

    @Test
    void takesAtMostEightRoles1602() {
        List<RoleDraft> nine = List.range(0, 9).map(i -> i < 8 ? RoleDraft.parent("R" + i, "R" + (i + 1), 10) : RoleDraft.leaf("R" + i));
        assertThat(codeOf(RoleChain.of(nine))).isEqualTo(ErrorCode.TOO_MANY_ROLES);
        assertThat(RoleChain.of(nine.drop(1)).isRight()).isTrue();
    }

    @Test
    void refusesAnEmptyRoleCode1603() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", " ", 1), RoleDraft.leaf(" "))))).isEqualTo(ErrorCode.ROLE_CODE_EMPTY);
    }

    @Test
    void refusesARepeatedRoleCode1606() {
        Either<Rejection, RoleChain> judged = RoleChain.of(List.of(RoleDraft.parent("A", "B", 1), RoleDraft.leaf("B"), RoleDraft.leaf("B")));
        assertThat(codeOf(judged)).isEqualTo(ErrorCode.DUPLICATE_ROLE_CODE);
        assertThat(judged.getLeft().message()).contains("B");
    }

    @Test
    void refusesAChildRoleCodeThatIsNoRoleOfTheHierarchy1607() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "Z", 1), RoleDraft.leaf("B"))))).isEqualTo(ErrorCode.INVALID_CHILD_ROLE_CODE);
    }

    @Test
    void refusesRolesThatDoNotFormOneLinearChain1608() {
        List<List<RoleDraft>> notAChain = List.of(
                List.of(RoleDraft.parent("A", "B", 1), RoleDraft.parent("B", "A", 1)),
                List.of(RoleDraft.parent("A", "A", 1), RoleDraft.leaf("B")),
                List.of(RoleDraft.leaf("A"), RoleDraft.leaf("B")),
                List.of(RoleDraft.parent("A", "C", 1), RoleDraft.parent("B", "C", 1), RoleDraft.leaf("C")),
                List.of(RoleDraft.parent("R", "A", 1), RoleDraft.parent("A", "B", 1), RoleDraft.parent("B", "A", 1)));
        assertThat(notAChain.map(roles -> codeOf(RoleChain.of(roles))).distinct().toJavaList()).containsExactly(ErrorCode.CYCLIC_HIERARCHY);
    }

    @Test
    void refusesANegativeMaxChild1604() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "B", -1), RoleDraft.leaf("B"))))).isEqualTo(ErrorCode.MAX_CHILD_NEGATIVE);
    }

    @Test
    void refusesAMaxChildAboveThirtyThousand1605() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "B", 30_001), RoleDraft.leaf("B"))))).isEqualTo(ErrorCode.MAX_CHILD_ABOVE_LIMIT);
        assertThat(RoleChain.of(List.of(RoleDraft.parent("A", "B", 30_000), RoleDraft.leaf("B"))).isRight()).isTrue();
        assertThat(RoleChain.of(List.of(RoleDraft.parent("A", "B", 0), RoleDraft.leaf("B"))).isRight()).isTrue();
    }

    @Test
    void needsAMaxChildOnEveryRoleWithAChildRole1611() {
        RoleDraft noMax = new RoleDraft("A", Option.of("B"), Option.none(), false, List.empty());
        Either<Rejection, RoleChain> judged = RoleChain.of(List.of(noMax, RoleDraft.leaf("B")));
        assertThat(codeOf(judged)).isEqualTo(ErrorCode.MAX_CHILD_MISSING);
        assertThat(judged.getLeft().message()).contains("A");
    }

    @Test
    void allowsOnePointsAggregationRoleAtMost1649() {
        List<RoleDraft> two = List.of(RoleDraft.parent("A", "B", 1).aggregatingPoints(), RoleDraft.leaf("B").aggregatingPoints());
        assertThat(codeOf(RoleChain.of(two))).isEqualTo(ErrorCode.MULTIPLE_AGGREGATION_ROLES);
    }

    @Test
    void keepsAllOfAnotherChainOnlyWhenItRepeatsItInOrder() {
        RoleChain fleet = RoleChain.of(fleetRoles()).get();
        RoleChain appended = RoleChain.of(fleetRoles().init()
                .append(RoleDraft.parent("FC", "TRUCK", 3)).append(RoleDraft.leaf("TRUCK"))).get();
        RoleChain shorter = RoleChain.of(List.of(RoleDraft.parent("GFA", "SFA", 1), RoleDraft.leaf("SFA"))).get();

        assertThat(appended.keepsAllOf(fleet)).isTrue();
        assertThat(fleet.keepsAllOf(fleet)).isTrue();
        assertThat(shorter.keepsAllOf(fleet)).isFalse();
    }

    private static final RoleCode GFA = new RoleCode("GFA");
    private static final RoleCode FC = new RoleCode("FC");
    private static final RoleCode TRUCK = new RoleCode("TRUCK");

    private static List<RoleDraft> twoRoles(RoleDraft parent) {
        return List.of(parent, RoleDraft.leaf("B"));
    }

    @Test
    void twoRolesAreTheFewestAChainHas() {
        RoleChain chain = RoleChain.of(twoRoles(RoleDraft.parent("A", "B", 1))).get();

        assertThat(chain.roles().map(role -> role.code().value()).toJavaList()).containsExactly("A", "B");
    }

    @Test
    void tooFewRolesNamesTheMinimum() {
        assertThat(RoleChain.of(List.empty()).getLeft().message()).isEqualTo("A hierarchy needs at least 2 roles");
    }

    @Test
    void tooManyRolesNamesTheMaximum() {
        List<RoleDraft> nine = List.range(0, 9).map(i -> i < 8 ? RoleDraft.parent("R" + i, "R" + (i + 1), 10) : RoleDraft.leaf("R" + i));

        assertThat(RoleChain.of(nine).getLeft().message()).isEqualTo("A hierarchy has at most 8 roles");
    }

    @Test
    void theCountIsJudgedBeforeAnythingElse() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.leaf(" "))))).isEqualTo(ErrorCode.TOO_FEW_ROLES);
    }

    @Test
    void aMissingRoleCodeIs1603() {
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "B", 1), RoleDraft.leaf(null))))).isEqualTo(ErrorCode.ROLE_CODE_EMPTY);
    }

    @Test
    void aRoleCodeOverOneHundredCharactersIsInvalidInput() {
        String longCode = "R".repeat(101);
        Either<Rejection, RoleChain> judged = RoleChain.of(List.of(RoleDraft.parent("A", longCode, 1), RoleDraft.leaf(longCode)));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(judged.getLeft().message()).isEqualTo("Invalid input: role code must be at most 100 characters");
    }

    @Test
    void aRoleCodeWithAControlCharacterIsInvalidInput() {
        Either<Rejection, RoleChain> judged = RoleChain.of(List.of(RoleDraft.parent("A", "F\u0000C", 1), RoleDraft.leaf("F\u0000C")));

        assertThat(judged.getLeft().message()).isEqualTo("Invalid input: role code must not contain control characters");
    }

    @Test
    void roleCodesAndChildRoleCodesAreStripped() {
        RoleChain chain = RoleChain.of(List.of(RoleDraft.leaf(" B "), RoleDraft.parent(" A ", "  B", 1))).get();

        assertThat(chain.roles().map(role -> role.code().value()).toJavaList()).containsExactly("A", "B");
        assertThat(chain.childOf(new RoleCode("A")).map(Role::code)).contains(new RoleCode("B"));
    }

    @Test
    void codesThatDifferOnlyInSurroundingSpaceAreTheSameCode1606() {
        Either<Rejection, RoleChain> judged = RoleChain.of(List.of(RoleDraft.parent("A", "B", 1), RoleDraft.leaf("B"), RoleDraft.leaf(" B ")));

        assertThat(codeOf(judged)).isEqualTo(ErrorCode.DUPLICATE_ROLE_CODE);
        assertThat(judged.getLeft().message()).isEqualTo("Role code B appears more than once");
    }

    @Test
    void roleCodesAreCaseSensitive() {
        assertThat(RoleChain.of(List.of(RoleDraft.parent("fa", "FA", 1), RoleDraft.leaf("FA"))).isRight()).isTrue();
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "b", 1), RoleDraft.leaf("B"))))).isEqualTo(ErrorCode.INVALID_CHILD_ROLE_CODE);
    }

    @Test
    void anUnknownChildRoleCodeIsNamed() {
        assertThat(RoleChain.of(List.of(RoleDraft.parent("A", "Z", 1), RoleDraft.leaf("B"))).getLeft().message())
                .isEqualTo("childRoleCode Z is not a role of this hierarchy");
    }

    @Test
    void aBrokenChainIsJudgedBeforeItsMaxChildValues() {
        List<RoleDraft> cycleWithNegativeMax = List.of(RoleDraft.parent("A", "B", -1), RoleDraft.parent("B", "A", 1));

        assertThat(codeOf(RoleChain.of(cycleWithNegativeMax))).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
    }

    @Test
    void aMaxChildOutOfRangeIsJudgedBeforeAMissingOne() {
        RoleDraft noMax = new RoleDraft("B", Option.of("C"), Option.none(), false, List.empty());

        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "B", 30_001), noMax, RoleDraft.leaf("C")))))
                .isEqualTo(ErrorCode.MAX_CHILD_ABOVE_LIMIT);
    }

    @Test
    void aMaxChildAboveTheLimitNamesTheRoleAndTheLimit() {
        assertThat(RoleChain.of(twoRoles(RoleDraft.parent(" A ", "B", 30_001))).getLeft().message())
                .isEqualTo("maxChild of role A is above the limit of 30000");
    }

    @Test
    void theLastRoleMayCarryAMaxChildButItIsStillJudged() {
        RoleDraft leafWithMax = new RoleDraft("B", Option.none(), Option.of(7), false, List.empty());
        RoleDraft leafWithNegativeMax = new RoleDraft("B", Option.none(), Option.of(-7), false, List.empty());

        assertThat(RoleChain.of(List.of(RoleDraft.parent("A", "B", 1), leafWithMax)).get().last().maxChild()).contains(7);
        assertThat(codeOf(RoleChain.of(List.of(RoleDraft.parent("A", "B", 1), leafWithNegativeMax)))).isEqualTo(ErrorCode.MAX_CHILD_NEGATIVE);
    }

    @Test
    void onePointsAggregationRoleOrNoneIsAllowed() {
        assertThat(RoleChain.of(fleetRoles()).get().roles().filter(Role::pointsAggregationRole).map(Role::code).toJavaList())
                .containsExactly(new RoleCode("FA"));
        assertThat(RoleChain.of(twoRoles(RoleDraft.parent("A", "B", 1))).get().roles().exists(Role::pointsAggregationRole)).isFalse();
    }

    @Test
    void aPermissionValueOrCodeOfOneThousandCharactersIsKept() {
        List<Permission> permissions = List.of(new Permission("p".repeat(1000), "v".repeat(1000)), new Permission("read", null));
        RoleDraft withPermissions = new RoleDraft("A", Option.of("B"), Option.of(1), false, permissions);

        assertThat(RoleChain.of(twoRoles(withPermissions)).get().roles().head().permissions()).isEqualTo(permissions);
    }

    @Test
    void aPermissionCodeOrValueOverOneThousandCharactersIsInvalidInput() {
        RoleDraft longCode = new RoleDraft("A", Option.of("B"), Option.of(1), false, List.of(new Permission("p".repeat(1001), "true")));
        RoleDraft longValue = new RoleDraft("A", Option.of("B"), Option.of(1), false, List.of(new Permission("read", "v".repeat(1001))));

        assertThat(RoleChain.of(twoRoles(longCode)).getLeft().message()).isEqualTo("Invalid input: a permission must be at most 1000 characters");
        assertThat(RoleChain.of(twoRoles(longValue)).getLeft().message()).isEqualTo("Invalid input: a permission must be at most 1000 characters");
    }

    @Test
    void aJudgedRoleHasNoIdYetAndKeepsWhatItsDraftSaid() {
        Role fa = RoleChain.of(fleetRoles()).get().role(new RoleCode("FA")).get();

        assertThat(fa.id()).isEmpty();
        assertThat(fa.maxChild()).contains(5000);
        assertThat(fa.pointsAggregationRole()).isTrue();
    }

    @Test
    void theRootHasNoParentAndTheLastRoleNoChild() {
        RoleChain chain = RoleChain.of(fleetRoles()).get();

        assertThat(chain.parentOf(GFA)).isEmpty();
        assertThat(chain.childOf(FC)).isEmpty();
        assertThat(chain.last().code()).isEqualTo(FC);
    }

    @Test
    void aRoleOfAnotherHierarchyIsNowhereInTheChain() {
        RoleChain chain = RoleChain.of(fleetRoles()).get();

        assertThat(chain.role(TRUCK)).isEmpty();
        assertThat(chain.childOf(TRUCK)).isEmpty();
        assertThat(chain.parentOf(TRUCK)).isEmpty();
        assertThat(chain.isBelow(TRUCK, GFA)).isFalse();
        assertThat(chain.isBelow(FC, TRUCK)).isFalse();
    }

    @Test
    void noRoleIsBelowItself() {
        assertThat(RoleChain.of(fleetRoles()).get().isBelow(FC, FC)).isFalse();
    }

    @Test
    void everyStoredRoleMustBeNamedByItsExactCode() {
        RoleChain chain = RoleChain.of(fleetRoles()).get();

        assertThat(chain.allNamedIn(fleetRoles())).isTrue();
        assertThat(chain.allNamedIn(fleetRoles().reverse())).isTrue();
        assertThat(chain.allNamedIn(fleetRoles().init())).isFalse();
        assertThat(chain.allNamedIn(fleetRoles().append(RoleDraft.leaf("TRUCK")))).isTrue();
    }

    @Test
    void aChainKeepsAnotherOnlyWhenEveryRoleButItsMaxChildIsUnchanged() {
        RoleChain fleet = RoleChain.of(fleetRoles()).get();
        RoleChain moreRoom = RoleChain.of(fleetRoles().update(1, RoleDraft.parent("SFA", "FA", 1))).get();
        RoleChain aggregationLost = RoleChain.of(fleetRoles().update(2, RoleDraft.parent("FA", "FC", 5000))).get();
        RoleChain newPermission = RoleChain.of(fleetRoles().update(3, new RoleDraft("FC", Option.none(), Option.none(), false,
                List.of(new Permission("drive", "true"))))).get();

        assertThat(moreRoom.keepsAllOf(fleet)).isTrue();
        assertThat(aggregationLost.keepsAllOf(fleet)).isFalse();
        assertThat(newPermission.keepsAllOf(fleet)).isFalse();
    }

    @Test
    void takesTheIdsOfAStoredChainPlaceByPlaceAndAppendedRolesHaveNone() {
        RoleChain stored = new RoleChain(RoleChain.of(fleetRoles()).get().roles().zipWithIndex()
                .map(role -> role._1.withId(new RoleId(81 + role._2))));
        RoleChain appended = RoleChain.of(fleetRoles().init().append(RoleDraft.parent("FC", "TRUCK", 2)).append(RoleDraft.leaf("TRUCK"))).get();

        RoleChain identified = appended.withIdsOf(stored);

        assertThat(identified.roles().map(Role::id).toJavaList()).containsExactly(Option.of(new RoleId(81)), Option.of(new RoleId(82)),
                Option.of(new RoleId(83)), Option.of(new RoleId(84)), Option.none());
        assertThat(identified.role(FC).get().maxChild()).contains(2);
        assertThat(appended.roles().forAll(role -> role.id().isEmpty())).isTrue();
    }

    @Test
    void aChainBuiltDirectlyStillHasTwoToEightDistinctRoles() {
        Role a = new Role(Option.none(), new RoleCode("A"), Option.of(1), false, List.empty());
        Role b = new Role(Option.none(), new RoleCode("B"), Option.none(), false, List.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> new RoleChain(List.of(a)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleChain(List.of(a, b, a)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleChain(List.range(0, 9)
                .map(i -> new Role(Option.none(), new RoleCode("R" + i), Option.of(1), false, List.empty()))));
        assertThat(new RoleChain(List.of(a, b)).roles()).hasSize(2);
    }
}

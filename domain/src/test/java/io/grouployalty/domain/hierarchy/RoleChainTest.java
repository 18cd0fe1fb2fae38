package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetRoles;
import static org.assertj.core.api.Assertions.assertThat;

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
}

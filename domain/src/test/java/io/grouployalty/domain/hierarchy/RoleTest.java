package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RoleTest {

    private static final Role FA = new Role(Option.none(), new RoleCode("FA"), Option.of(5000), true,
            List.of(new Permission("viewPoints", "true")));

    @Test
    void aStoredRoleTakesItsIdAndKeepsEverythingElse() {
        Role stored = FA.withId(new RoleId(83));

        assertThat(stored.id()).contains(new RoleId(83));
        assertThat(stored.code()).isEqualTo(FA.code());
        assertThat(stored.maxChild()).isEqualTo(FA.maxChild());
        assertThat(stored.pointsAggregationRole()).isTrue();
        assertThat(stored.permissions()).isEqualTo(FA.permissions());
        assertThat(FA.id()).isEmpty();
    }

    @Test
    void aRoleIsTheSameButForItsMaxChildWhenCodeAggregationAndPermissionsAgree() {
        Role moreRoom = new Role(Option.of(new RoleId(83)), new RoleCode("FA"), Option.of(10), true, FA.permissions());
        Role otherPermissions = new Role(Option.none(), new RoleCode("FA"), Option.of(5000), true, List.empty());
        Role notAggregating = new Role(Option.none(), new RoleCode("FA"), Option.of(5000), false, FA.permissions());

        assertThat(moreRoom.sameButMaxChild(FA)).isTrue();
        assertThat(otherPermissions.sameButMaxChild(FA)).isFalse();
        assertThat(notAggregating.sameButMaxChild(FA)).isFalse();
        assertThat(new Role(Option.none(), new RoleCode("FC"), Option.of(5000), true, FA.permissions()).sameButMaxChild(FA)).isFalse();
    }

    @Test
    void needsItsMembers() {
        assertThatNullPointerException().isThrownBy(() -> new Role(null, new RoleCode("FA"), Option.none(), false, List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Role(Option.none(), null, Option.none(), false, List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Role(Option.none(), new RoleCode("FA"), null, false, List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Role(Option.none(), new RoleCode("FA"), Option.none(), false, null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -83})
    void aRoleIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleId(value));
    }

    @Test
    void aRoleIdIsShownAsItsBareNumber() {
        assertThat(new RoleId(83).toString()).isEqualTo("83");
    }

    @Test
    void aLeafDraftHasNoChildRoleAndNoMaxChild() {
        RoleDraft fc = RoleDraft.leaf("FC");

        assertThat(fc.childRoleCode()).isEmpty();
        assertThat(fc.maxChild()).isEmpty();
        assertThat(fc.pointsAggregationRole()).isFalse();
        assertThat(fc.permissions()).isEmpty();
    }

    @Test
    void aParentDraftNamesItsChildRoleAndMaxChild() {
        RoleDraft gfa = RoleDraft.parent("GFA", "SFA", 5000);

        assertThat(gfa.code()).isEqualTo("GFA");
        assertThat(gfa.childRoleCode()).contains("SFA");
        assertThat(gfa.maxChild()).contains(5000);
        assertThat(gfa.pointsAggregationRole()).isFalse();
    }

    @Test
    void aDraftAggregatingPointsKeepsTheRest() {
        RoleDraft fa = RoleDraft.parent("FA", "FC", 5000).aggregatingPoints();

        assertThat(fa).isEqualTo(new RoleDraft("FA", Option.of("FC"), Option.of(5000), true, List.empty()));
    }

    @Test
    void aDraftNeedsItsOptionsAndPermissionsButMayLackACode() {
        assertThat(RoleDraft.leaf(null).code()).isNull();
        assertThatNullPointerException().isThrownBy(() -> new RoleDraft("FC", null, Option.none(), false, List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new RoleDraft("FC", Option.none(), null, false, List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new RoleDraft("FC", Option.none(), Option.none(), false, null));
    }
}

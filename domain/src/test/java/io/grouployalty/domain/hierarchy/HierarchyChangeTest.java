package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.domain.hierarchy.FleetHierarchies.fleetRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HierarchyChangeTest {

    @Test
    void noChangeNamesNothing() {
        HierarchyChange none = HierarchyChange.none();

        assertThat(List.of(none.code(), none.name(), none.description(), none.roles(), none.active(), none.isDefault(),
                none.autoGroupCreationEnabled(), none.hierarchyCreationStrict(), none.skipRoleAllowed()).forAll(Option::isEmpty)).isTrue();
        assertThat(none.makesDefault()).isFalse();
    }

    @Test
    void eachWitherNamesItsOwnMemberOnly() {
        HierarchyChange change = HierarchyChange.none().withName("Renamed").withActive(false);

        assertThat(change.name()).contains("Renamed");
        assertThat(change.active()).contains(false);
        assertThat(change.code()).isEmpty();
        assertThat(change.roles()).isEmpty();
        assertThat(change.isDefault()).isEmpty();
        assertThat(change.skipRoleAllowed()).isEmpty();
    }

    @Test
    void theWithersForCodeRolesAndSkipsNameThoseMembers() {
        HierarchyChange change = HierarchyChange.none().withCode("fleet").withRoles(fleetRoles()).withSkipRoleAllowed(true);

        assertThat(change.code()).contains("fleet");
        assertThat(change.roles()).contains(fleetRoles());
        assertThat(change.skipRoleAllowed()).contains(true);
        assertThat(change.name()).isEmpty();
    }

    @Test
    void onlyAChangeToDefaultTrueMakesTheHierarchyTheDefault() {
        assertThat(HierarchyChange.none().withDefault(true).makesDefault()).isTrue();
        assertThat(HierarchyChange.none().withDefault(false).makesDefault()).isFalse();
        assertThat(HierarchyChange.none().withDefault(false).isDefault()).contains(false);
    }

    @Test
    void aWitherLeavesTheChangeItStartedFromAsItWas() {
        HierarchyChange none = HierarchyChange.none();

        none.withName("Renamed");

        assertThat(none.name()).isEmpty();
    }

    @Test
    void aDraftAsAChangeNamesEveryMemberButActive() {
        HierarchyDraft draft = new HierarchyDraft("fleet", Option.of("Fleet"), Option.of("Trucks"), fleetRoles(), true, false, true, false);

        HierarchyChange change = draft.asChange();

        assertThat(change.code()).contains("fleet");
        assertThat(change.name()).contains("Fleet");
        assertThat(change.description()).contains(Option.of("Trucks"));
        assertThat(change.roles()).contains(fleetRoles());
        assertThat(change.active()).isEmpty();
        assertThat(change.isDefault()).contains(true);
        assertThat(change.autoGroupCreationEnabled()).contains(false);
        assertThat(change.hierarchyCreationStrict()).contains(true);
        assertThat(change.skipRoleAllowed()).contains(false);
        assertThat(change.makesDefault()).isTrue();
    }

    @Test
    void aDraftWithoutADescriptionLeavesTheStoredOne() {
        HierarchyDraft draft = new HierarchyDraft("fleet", Option.none(), Option.none(), fleetRoles(), false, false, false, false);

        assertThat(draft.asChange().description()).isEmpty();
    }

    @Test
    void everyMemberMustBeGivenEvenIfEmpty() {
        assertThatNullPointerException().isThrownBy(() -> new HierarchyChange(null, Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new HierarchyChange(Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none(), null));
        assertThatNullPointerException().isThrownBy(() -> new HierarchyDraft("fleet", null, Option.none(), fleetRoles(),
                false, false, false, false));
        assertThatNullPointerException().isThrownBy(() -> new HierarchyDraft("fleet", Option.none(), Option.none(), null,
                false, false, false, false));
    }
}

package io.grouployalty.domain.company;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CompanyChangeTest {

    @Test
    void noChangeNamesNothingMovesNothingAndDeactivatesNothing() {
        CompanyChange none = CompanyChange.none();

        assertThat(none.externalId()).isEmpty();
        assertThat(none.name()).isEmpty();
        assertThat(none.hierarchyDefinitionCode()).isEmpty();
        assertThat(none.parentExternalId()).isEmpty();
        assertThat(none.extendedFields()).isEmpty();
        assertThat(none.active()).isEmpty();
        assertThat(none.movesCompany()).isFalse();
        assertThat(none.deactivates()).isFalse();
    }

    @Test
    void namingAParentMovesTheCompany() {
        CompanyChange change = CompanyChange.none().withParent(Option.of("ex917471000001"));

        assertThat(change.movesCompany()).isTrue();
        assertThat(change.parentExternalId()).contains(Option.of("ex917471000001"));
    }

    @Test
    void namingNoParentDetachesTheCompanyAndMovesItToo() {
        CompanyChange change = CompanyChange.none().withParent(Option.none());

        assertThat(change.movesCompany()).isTrue();
        assertThat(change.parentExternalId()).contains(Option.none());
    }

    @Test
    void onlyActiveFalseDeactivates() {
        assertThat(CompanyChange.none().withActive(false).deactivates()).isTrue();
        assertThat(CompanyChange.none().withActive(true).deactivates()).isFalse();
    }

    @Test
    void eachWitherNamesItsOwnMemberOnly() {
        CompanyChange change = CompanyChange.none().withName("Solace Freight").withHierarchy("other-fleet")
                .withExtendedFields(LinkedHashMap.of("region", "west"));

        assertThat(change.name()).contains("Solace Freight");
        assertThat(change.hierarchyDefinitionCode()).contains("other-fleet");
        assertThat(change.extendedFields()).contains(LinkedHashMap.of("region", "west"));
        assertThat(change.externalId()).isEmpty();
        assertThat(change.parentExternalId()).isEmpty();
        assertThat(change.active()).isEmpty();
    }

    @Test
    void aWitherLeavesTheChangeItStartedFromAsItWas() {
        CompanyChange none = CompanyChange.none();

        none.withName("Solace Freight").withActive(false);

        assertThat(none.name()).isEmpty();
        assertThat(none.deactivates()).isFalse();
    }

    @Test
    void aDraftAsAChangeNamesEveryMemberButActive() {
        CompanyDraft draft = new CompanyDraft("ex917471000000", "Solace Logistics", "code-association2", Option.of("ex917471000001"),
                LinkedHashMap.of("region", "west"));

        CompanyChange change = draft.asChange();

        assertThat(change.externalId()).contains("ex917471000000");
        assertThat(change.name()).contains("Solace Logistics");
        assertThat(change.hierarchyDefinitionCode()).contains("code-association2");
        assertThat(change.parentExternalId()).contains(Option.of("ex917471000001"));
        assertThat(change.extendedFields()).contains(LinkedHashMap.of("region", "west"));
        assertThat(change.active()).isEmpty();
        assertThat(change.deactivates()).isFalse();
    }

    @Test
    void aDraftWithoutAParentDetachesTheStoredCompanyFromItsParent() {
        CompanyDraft draft = new CompanyDraft("ex917471000000", "Solace Logistics", "code-association2", Option.none(), LinkedHashMap.empty());

        assertThat(draft.asChange().movesCompany()).isTrue();
        assertThat(draft.asChange().parentExternalId()).contains(Option.none());
    }

    @Test
    void everyMemberMustBeGivenEvenIfEmpty() {
        assertThatNullPointerException().isThrownBy(() -> new CompanyChange(null, Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new CompanyChange(Option.none(), Option.none(), Option.none(), null, Option.none(),
                Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new CompanyDraft("ex", "Solace", "fleet", null, LinkedHashMap.empty()));
        assertThatNullPointerException().isThrownBy(() -> new CompanyDraft("ex", "Solace", "fleet", Option.none(), null));
    }
}

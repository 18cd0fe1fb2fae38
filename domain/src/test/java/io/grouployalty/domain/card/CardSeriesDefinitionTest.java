package io.grouployalty.domain.card;

import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CardSeriesDefinitionTest {

    private static final LinkedHashMap<String, CardStatus> FLEET_LABELS =
            LinkedHashMap.of("ACTIVE", CardStatus.ACTIVE, "BLOCKED", CardStatus.INACTIVE, "Lost", CardStatus.SUSPENDED);

    private final CardSeriesDefinition fleetCard = new CardSeriesDefinition(10, "FleetCard1", FLEET_LABELS, 3);

    @ParameterizedTest
    @CsvSource({"ACTIVE, ACTIVE", "active, ACTIVE", "Blocked, INACTIVE", "LOST, SUSPENDED", "lost, SUSPENDED", "' BLOCKED ', INACTIVE"})
    void aLabelStandsForItsSystemStatusInAnyCase(String label, CardStatus status) {
        assertThat(fleetCard.statusOf(label)).contains(status);
    }

    @ParameterizedTest
    @CsvSource({"active, ACTIVE", "blocked, BLOCKED", "LOST, Lost", "' lost ', Lost"})
    void aLabelIsKeptAsTheSeriesSpellsIt(String label, String declared) {
        assertThat(fleetCard.declaredLabel(label)).contains(declared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INACTIVE", "SUSPENDED", "STOLEN", "", "  ", "BLOCKED!"})
    void aLabelTheSeriesDoesNotDeclareStandsForNothing(String label) {
        assertThat(fleetCard.declaredLabel(label)).isEmpty();
        assertThat(fleetCard.statusOf(label)).isEmpty();
    }

    @Test
    void theDefaultLabelIsActive() {
        assertThat(CardSeriesDefinition.DEFAULT_LABEL).isEqualTo("ACTIVE");
        assertThat(fleetCard.statusOf(CardSeriesDefinition.DEFAULT_LABEL)).contains(CardStatus.ACTIVE);
    }

    @Test
    void aSeriesWithoutAnActiveLabelHasNoDefault() {
        CardSeriesDefinition noActive = new CardSeriesDefinition(11, "Gift", LinkedHashMap.of("LIVE", CardStatus.ACTIVE), 1);

        assertThat(noActive.statusOf(CardSeriesDefinition.DEFAULT_LABEL)).isEmpty();
        assertThat(noActive.statusOf("live")).contains(CardStatus.ACTIVE);
    }

    @Test
    void theCodeIsStrippedAndMayHaveOneHundredCharacters() {
        assertThat(new CardSeriesDefinition(10, " FleetCard1 ", FLEET_LABELS, 3).code()).isEqualTo("FleetCard1");
        assertThat(new CardSeriesDefinition(10, "c".repeat(100), FLEET_LABELS, 3).code()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> new CardSeriesDefinition(10, "c".repeat(101), FLEET_LABELS, 3))
                .withMessageStartingWith("series code");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Fleet\tCard"})
    void theCodeIsOneLineOfText(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CardSeriesDefinition(10, code, FLEET_LABELS, 3));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -10})
    void theIdIsPositive(long id) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CardSeriesDefinition(id, "FleetCard1", FLEET_LABELS, 3));
    }

    @Test
    void aCustomerMayHoldAtLeastOneActiveCardOfASeries() {
        assertThat(new CardSeriesDefinition(10, "FleetCard1", FLEET_LABELS, 1).maxActivePerCustomer()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new CardSeriesDefinition(10, "FleetCard1", FLEET_LABELS, 0));
    }

    @Test
    void needsItsLabels() {
        assertThatNullPointerException().isThrownBy(() -> new CardSeriesDefinition(10, "FleetCard1", null, 3));
    }

    @Test
    void theSystemStatusesAreThoseOfTheContract() {
        assertThat(CardStatus.values()).extracting(Enum::name)
                .containsExactly("NOT_ISSUED", "ACTIVE", "INACTIVE", "SUSPENDED", "EXPIRED", "DELETED");
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void aSystemStatusIsReadInAnyCase(CardStatus status) {
        assertThat(CardStatus.parse(status.name().toLowerCase(Locale.ROOT))).contains(status);
        assertThat(CardStatus.parse(" " + status.name() + " ")).contains(status);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"BLOCKED", "NOT ISSUED", "LOST"})
    void aLabelIsNoSystemStatus(String name) {
        assertThat(CardStatus.parse(name)).isEmpty();
    }
}

package io.grouployalty.domain.program;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProgramTest {

    private static final ProgramId FLEET_REWARDS = new ProgramId(1);

    @Test
    void keepsItsTiersFromTheLowestRankUpWhateverOrderTheyCameIn() {
        Program program = new Program(FLEET_REWARDS, "Fleet Rewards", List.of(new Tier(3, "Gold"), new Tier(1, "Bronze"), new Tier(2, "Silver")));

        assertThat(program.tiers().map(Tier::name).toJavaList()).containsExactly("Bronze", "Silver", "Gold");
    }

    @Test
    void findsATierByItsNumber() {
        Program program = new Program(FLEET_REWARDS, "Fleet Rewards", List.of(new Tier(1, "Bronze"), new Tier(3, "Gold")));

        assertThat(program.tier(3).map(Tier::name)).contains("Gold");
        assertThat(program.tier(2)).isEmpty();
        assertThat(program.tier(0)).isEmpty();
    }

    @Test
    void mayHaveNoTiers() {
        assertThat(new Program(FLEET_REWARDS, "Fleet Rewards", List.empty()).tier(1)).isEmpty();
    }

    @Test
    void refusesATierNumberThatRepeats() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Program(FLEET_REWARDS, "Fleet Rewards",
                List.of(new Tier(1, "Bronze"), new Tier(2, "Silver"), new Tier(1, "Copper")))).withMessageContaining("repeat");
    }

    @Test
    void theNameIsStrippedAndMayHaveTwoHundredCharacters() {
        assertThat(new Program(FLEET_REWARDS, " Fleet Rewards ", List.empty()).name()).isEqualTo("Fleet Rewards");
        assertThat(new Program(FLEET_REWARDS, "p".repeat(200), List.empty()).name()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> new Program(FLEET_REWARDS, "p".repeat(201), List.empty()))
                .withMessageStartingWith("program name");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Fleet\nRewards"})
    void theNameIsOneLineOfText(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Program(FLEET_REWARDS, name, List.empty()));
    }

    @Test
    void needsAnIdAndTiers() {
        assertThatNullPointerException().isThrownBy(() -> new Program(null, "Fleet Rewards", List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Program(FLEET_REWARDS, "Fleet Rewards", null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void anIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgramId(value));
    }

    @Test
    void anIdIsShownAsItsBareNumber() {
        assertThat(FLEET_REWARDS.toString()).isEqualTo("1");
    }
}

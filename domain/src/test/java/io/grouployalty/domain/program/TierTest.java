package io.grouployalty.domain.program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TierTest {

    @Test
    void theLowestTierIsNumberOne() {
        assertThat(new Tier(1, "Bronze").number()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aTierNumberBelowOneIsRefused(int number) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(number, "Bronze")).withMessageContaining("start at 1");
    }

    @Test
    void theNameIsStrippedAndMayHaveTwoHundredCharacters() {
        assertThat(new Tier(2, "  Silver ").name()).isEqualTo("Silver");
        assertThat(new Tier(2, "t".repeat(200)).name()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(2, "t".repeat(201))).withMessageStartingWith("tier name");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Sil\u0000ver"})
    void theNameIsOneLineOfText(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(2, name));
    }

    @Test
    void namesInAnyScriptAreKept() {
        assertThat(new Tier(3, "金卡 Gold").name()).isEqualTo("金卡 Gold");
    }
}

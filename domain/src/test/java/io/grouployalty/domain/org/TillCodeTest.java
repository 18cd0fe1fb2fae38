package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TillCodeTest {

    @Test
    void isTrimmed() {
        assertThat(TillCode.parse(" demo.till ").get()).isEqualTo(new TillCode("demo.till"));
    }

    @Test
    void asSentKeepsEverySpaceSoAPaddedCodeIsAnotherCode() {
        assertThat(TillCode.asSent(" demo.till").get().value()).isEqualTo(" demo.till");
        assertThat(TillCode.asSent("demo.till ").get()).isNotEqualTo(new TillCode("demo.till"));
        assertThat(TillCode.asSent("demo .till").get().value()).isEqualTo("demo .till");
    }

    @Test
    void aCodeThatCannotExistIsRefusedAsSent() {
        assertThat(TillCode.asSent("x".repeat(101)).getLeft()).isEqualTo("must be at most 100 characters");
        assertThat(TillCode.asSent("demo\u0000till").getLeft()).isEqualTo("must not contain control characters");
        assertThat(TillCode.asSent("   ").isLeft()).isTrue();
    }

    @Test
    void cannotHoldAColonBecauseBasicAuthSplitsThere() {
        assertThat(TillCode.parse("demo:till").getLeft()).isEqualTo("must not contain ':'");
    }

    @Test
    void cannotBeEmptyOrHoldControlCharacters() {
        assertThat(TillCode.parse("").isLeft()).isTrue();
        assertThat(TillCode.parse("demo\ntill").isLeft()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new TillCode(" "));
    }
}

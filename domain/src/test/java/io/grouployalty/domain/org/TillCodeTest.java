package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void mayBeAsLongAsOneHundredCharacters() {
        assertThat(TillCode.parse("t".repeat(100)).get().value()).hasSize(100);
        assertThat(TillCode.parse("t".repeat(101)).getLeft()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void aParsedCodeIsMeasuredAfterItsWhitespaceIsDropped() {
        assertThat(TillCode.parse("  " + "t".repeat(100) + "  ").get().value()).hasSize(100);
        assertThat(TillCode.asSent(" " + "t".repeat(100)).getLeft()).isEqualTo("must be at most 100 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void nothingIsNoCode(String value) {
        assertThat(TillCode.parse(value).getLeft()).isEqualTo("must not be empty");
        assertThat(TillCode.asSent(value).getLeft()).isEqualTo("must not be empty");
    }

    @Test
    void keepsItsCaseSoCodesDifferingInCaseAreDifferentTills() {
        assertThat(TillCode.parse("Demo.Till").get()).isNotEqualTo(TillCode.parse("demo.till").get());
    }

    @Test
    void isShownAsItsValue() {
        assertThat(new TillCode("demo.till").toString()).isEqualTo("demo.till");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo:till", ":", "demo\ttill", ""})
    void theValueObjectRefusesWhatParsingRefuses(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TillCode(value));
    }

    @Test
    void theValueObjectRefusesACodeOverOneHundredCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TillCode("t".repeat(101)));
    }
}

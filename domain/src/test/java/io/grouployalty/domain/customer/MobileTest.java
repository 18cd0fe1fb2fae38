package io.grouployalty.domain.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MobileTest {

    @Test
    void aMobileOfSevenDigitsIsRefused() {
        assertThat(Mobile.parse("1234567")).isEmpty();
    }

    @Test
    void aMobileOfEightDigitsIsTheShortestAccepted() {
        assertThat(Mobile.parse("12345678")).contains(new Mobile("12345678"));
    }

    @Test
    void aMobileOfFifteenDigitsIsTheLongestAccepted() {
        assertThat(Mobile.parse("123456789012345")).contains(new Mobile("123456789012345"));
    }

    @Test
    void aMobileOfSixteenDigitsIsRefused() {
        assertThat(Mobile.parse("1234567890123456")).isEmpty();
    }

    @Test
    void aLeadingPlusIsDroppedAndTheDigitsAreKeptAsGiven() {
        assertThat(Mobile.parse("+0915905000000").map(Mobile::digits)).contains("0915905000000");
    }

    @Test
    void theLeadingPlusDoesNotCountAsADigit() {
        assertThat(Mobile.parse("+1234567")).isEmpty();
        assertThat(Mobile.parse("+123456789012345")).contains(new Mobile("123456789012345"));
        assertThat(Mobile.parse("+1234567890123456")).isEmpty();
    }

    @Test
    void surroundingWhitespaceIsStrippedBeforeThePlus() {
        assertThat(Mobile.parse("  +915905000000\t")).contains(new Mobile("915905000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"++915905000000", "91+5905000000", "915905000000+", "+ 915905000000", "91 5905 000000",
            "91-5905-000000", "(91)5905000000", "9159050000O0", "915905000000.", "٩١٥٩٠٥٠٠٠٠٠٠", "９１５９０５００００００"})
    void anythingButDigitsAfterAnOptionalLeadingPlusIsRefused(String raw) {
        assertThat(Mobile.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "+"})
    void noDigitsAtAllIsNoMobile(String raw) {
        assertThat(Mobile.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+915905000000", "1234567", "1234567890123456", " 915905000000"})
    void theValueObjectItselfHoldsOnlyEightToFifteenBareDigits(String digits) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Mobile(digits));
    }

    @Test
    void theValueObjectRefusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Mobile(null));
    }
}

package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CardNumberTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 149, 150})
    void aCardNumberOfFiveTo150CharactersIsAccepted(int length) {
        assertThat(CardNumber.parse("c".repeat(length)).get().value()).hasSize(length);
    }

    @ParameterizedTest
    @CsvSource({"1, CARD_NUMBER_TOO_SHORT", "4, CARD_NUMBER_TOO_SHORT", "151, CARD_NUMBER_TOO_LONG", "1000, CARD_NUMBER_TOO_LONG"})
    void aCardNumberOutsideFiveTo150CharactersIsRefusedWithItsOwnCode(int length, ErrorCode code) {
        assertThat(CardNumber.parse("c".repeat(length)).getLeft().code()).isEqualTo(code);
    }

    @Test
    void theVendorNumbersTheTwoRefusals3028And3024() {
        assertThat(CardNumber.parse("c".repeat(4)).getLeft().code().code()).isEqualTo(3028);
        assertThat(CardNumber.parse("c".repeat(151)).getLeft().code().code()).isEqualTo(3024);
    }

    @Test
    void isStrippedBeforeItsLengthIsCounted() {
        assertThat(CardNumber.parse("  card_7100  ").get()).isEqualTo(new CardNumber("card_7100"));
        assertThat(CardNumber.parse("  c12  ").getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_SHORT);
        assertThat(CardNumber.parse(" " + "c".repeat(150) + " ").isRight()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"    "})
    void nothingIsTooShort(String raw) {
        assertThat(CardNumber.parse(raw).getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_SHORT);
    }

    @Test
    void aRefusalIsAnInvalidInputWhoseMessageNamesTheBound() {
        Rejection tooShort = CardNumber.parse("c1").getLeft();
        Rejection tooLong = CardNumber.parse("c".repeat(151)).getLeft();

        assertThat(tooShort).isInstanceOf(Rejection.Invalid.class);
        assertThat(tooShort.message()).contains("5 characters");
        assertThat(tooLong).isInstanceOf(Rejection.Invalid.class);
        assertThat(tooLong.message()).contains("150 characters");
    }

    @Test
    void keepsInnerCharactersAndCaseAsGiven() {
        assertThat(CardNumber.parse("Card 71-00/A").get().value()).isEqualTo("Card 71-00/A");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 151})
    void theValueObjectRefusesALengthOutOfBounds(int length) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CardNumber("c".repeat(length)));
    }
}

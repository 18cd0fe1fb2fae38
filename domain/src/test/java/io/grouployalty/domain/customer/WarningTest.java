package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarningTest {

    @Test
    void fillsItsDetailsIntoTheMessageOfItsCode() {
        Warning skipped = Warning.of(ErrorCode.FIELD_NOT_UPDATED, "fleet_size");

        assertThat(skipped.code().code()).isEqualTo(91015);
        assertThat(skipped.details().toJavaList()).containsExactly("fleet_size");
        assertThat(skipped.message()).isEqualTo("Field fleet_size was not updated");
    }

    @Test
    void eachSecondaryCodeOfTheContractReadsAsAWarning() {
        assertThat(Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, "mobile").message()).isEqualTo("mobile update is not allowed");
        assertThat(Warning.of(ErrorCode.TILL_INVALID, "pos.till").message()).isEqualTo("Till pos.till is not a till of the org");
        assertThat(Warning.of(ErrorCode.CHANNEL_EMAIL_INVALID, "tom@").message())
                .isEqualTo("Email tom@ of a communication channel is not valid; channel skipped");
        assertThat(Warning.of(ErrorCode.CHANNEL_MOBILE_INVALID, "91-59").code().code()).isEqualTo(8058);
    }

    @Test
    void twoWarningsOfOneCodeAndDetailsAreEqual() {
        assertThat(Warning.of(ErrorCode.FIELD_NOT_UPDATED, "city")).isEqualTo(Warning.of(ErrorCode.FIELD_NOT_UPDATED, "city"));
        assertThat(Warning.of(ErrorCode.FIELD_NOT_UPDATED, "city")).isNotEqualTo(Warning.of(ErrorCode.FIELD_NOT_UPDATED, "dob"));
    }
}

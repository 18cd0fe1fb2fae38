package io.grouployalty.domain;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {

    private static final List<Integer> CONTRACT_CODES = List.of(
            400, 401, 404, 405, 413, 415, 429, 500, 503, 1060, 8003, 8011, 8013, 8045,
            1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1613, 1615, 1616, 1617,
            1618, 1621, 1622, 1625, 1626, 1627, 1628, 1649, 1701, 1702, 1703, 1704, 1705, 1707, 1709, 1710, 1711,
            1017, 1045, 1046, 1213, 1215, 1216, 1217, 8007, 8015, 8053, 8055, 8056, 8057, 8058, 91006, 91015, 91020,
            3004, 3009, 3017, 3024, 3028, 3036);

    @Test
    void holdsEveryCodeOfTheContractExactlyOnce() {
        assertThat(List.of(ErrorCode.values()).map(ErrorCode::code).toJavaList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CONTRACT_CODES);
    }

    @Test
    void fillsTheDetailsIntoItsMessage() {
        assertThat(ErrorCode.HIERARCHY_CODE_UNKNOWN.message("fleet")).isEqualTo("Hierarchy code fleet does not exist");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyMessageIsFilledCompletelyFromTwoDetails(ErrorCode code) {
        String message = code.message("first", "second");

        assertThat(message).isNotBlank().doesNotContain("%");
    }

    @Test
    void theRequestLevelCodesAreTheirHttpStatuses() {
        assertThat(List.of(ErrorCode.INVALID_INPUT, ErrorCode.AUTHENTICATION_FAILED, ErrorCode.NOT_FOUND, ErrorCode.METHOD_NOT_ALLOWED,
                ErrorCode.BODY_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.TOO_MANY_FAILED_LOGINS, ErrorCode.INTERNAL_ERROR,
                ErrorCode.UNAVAILABLE).map(ErrorCode::code).toJavaList()).containsExactly(400, 401, 404, 405, 413, 415, 429, 500, 503);
    }

    @Test
    void theCardCodesAreTheVendors() {
        assertThat(ErrorCode.CARD_SERIES_UNKNOWN.code()).isEqualTo(3004);
        assertThat(ErrorCode.CARD_NUMBER_EXISTS.code()).isEqualTo(3009);
        assertThat(ErrorCode.CARD_STATUS_LABEL_INVALID.code()).isEqualTo(3017);
        assertThat(ErrorCode.CARD_NUMBER_TOO_LONG.code()).isEqualTo(3024);
        assertThat(ErrorCode.CARD_NUMBER_TOO_SHORT.code()).isEqualTo(3028);
        assertThat(ErrorCode.ACTIVE_CARDS_EXCEEDED.code()).isEqualTo(3036);
    }

    @Test
    void theCustomerCodesAreTheVendors() {
        assertThat(ErrorCode.EMAIL_INVALID.code()).isEqualTo(8055);
        assertThat(ErrorCode.MOBILE_INVALID.code()).isEqualTo(8056);
        assertThat(ErrorCode.CUSTOMER_NOT_FOUND.code()).isEqualTo(8015);
        assertThat(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS.code()).isEqualTo(8053);
        assertThat(ErrorCode.IDENTIFIER_TAKEN.code()).isEqualTo(8007);
        assertThat(ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED.code()).isEqualTo(1046);
        assertThat(ErrorCode.FIELD_NOT_UPDATED.code()).isEqualTo(91015);
        assertThat(ErrorCode.UPDATE_NOT_ALLOWED.code()).isEqualTo(91006);
    }

    @Test
    void aMessageTakesItsDetailsInOrder() {
        assertThat(ErrorCode.MAX_CHILD_ABOVE_LIMIT.message("GFA", 30000)).isEqualTo("maxChild of role GFA is above the limit of 30000");
        assertThat(ErrorCode.BATCH_LIMIT_EXCEEDED.message("100 cards per customer"))
                .isEqualTo("Batch limit exceeded: at most 100 cards per customer");
    }
}

package io.grouployalty.domain;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

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
}

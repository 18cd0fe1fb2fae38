package io.grouployalty.domain.customer;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTypeTest {

    @Test
    void theContractAcceptsExactlyTheTypesOfItsList() {
        assertThat(List.of(IdentifierType.values()).map(IdentifierType::spelling).toJavaList()).containsExactly(
                "mobile", "email", "externalId", "cardnumber", "wechat", "unionId", "cuid", "martjackId", "fbId",
                "tmall_uname", "ali_uname", "jd_uname", "vip_uname", "mobilePush", "line");
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void everyTypeIsReadBackFromItsOwnSpelling(IdentifierType type) {
        assertThat(IdentifierType.parse(type.spelling())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void everyTypeIsReadInUpperOrLowerCase(IdentifierType type) {
        assertThat(IdentifierType.parse(type.spelling().toUpperCase(Locale.ROOT))).contains(type);
        assertThat(IdentifierType.parse(type.spelling().toLowerCase(Locale.ROOT))).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"card, CARDNUMBER", "CARD, CARDNUMBER", "Card, CARDNUMBER", "cardNumber, CARDNUMBER", "EXTERNALID, EXTERNAL_ID",
            "mobilepush, MOBILE_PUSH", "TMALL_UNAME, TMALL_UNAME"})
    void readsTheSpellingsCallersUse(String name, IdentifierType type) {
        assertThat(IdentifierType.parse(name)).contains(type);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(IdentifierType.parse("  mobile\t")).contains(IdentifierType.MOBILE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "passport", "external_id", "EXTERNAL_ID", "tmalluname", "cards", "mobile push", "phone"})
    void anythingElseIsNoType(String name) {
        assertThat(IdentifierType.parse(name)).isEmpty();
    }
}

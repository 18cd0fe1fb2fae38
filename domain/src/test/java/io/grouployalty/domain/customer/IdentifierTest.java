package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class IdentifierTest {

    @Test
    void aMobileIsItsDigitsWithoutALeadingPlus() {
        assertThat(Identifier.parse(IdentifierType.MOBILE, " +915905000000 ").get().value()).isEqualTo("915905000000");
        assertThat(Mobile.parse("1234567").isEmpty()).isTrue();
        assertThat(Mobile.parse("1234567890123456").isEmpty()).isTrue();
        assertThat(Identifier.parse(IdentifierType.MOBILE, "91-5905").getLeft().code()).isEqualTo(ErrorCode.MOBILE_INVALID);
    }

    @Test
    void anEmailIsKeptInLowerCase() {
        assertThat(Identifier.parse(IdentifierType.EMAIL, "Tom.Sawyer@Example.COM").get().value()).isEqualTo("tom.sawyer@example.com");
        assertThat(Email.parse("tom@localhost").isEmpty()).isTrue();
        assertThat(Identifier.parse(IdentifierType.EMAIL, "tom@@example.com").getLeft().code()).isEqualTo(ErrorCode.EMAIL_INVALID);
    }

    @Test
    void aCardNumberHasFiveTo150Characters() {
        assertThat(CardNumber.parse("card_7100").get().value()).isEqualTo("card_7100");
        assertThat(CardNumber.parse("c1").getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_SHORT);
        assertThat(CardNumber.parse("c".repeat(151)).getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_LONG);
    }

    @Test
    void typesAreReadCaseInsensitivelyWithTheirAliases() {
        assertThat(IdentifierType.parse("CARD")).contains(IdentifierType.CARDNUMBER);
        assertThat(IdentifierType.parse("UnionId")).contains(IdentifierType.UNION_ID);
        assertThat(IdentifierType.parse("passport").isEmpty()).isTrue();
        assertThat(IdentifierType.TMALL_UNAME.spelling()).isEqualTo("tmall_uname");
    }

    @Test
    void loyaltyTypesTakeEveryDocumentedSpelling() {
        assertThat(LoyaltyType.parse("non-loyalty")).contains(LoyaltyType.NON_LOYALTY);
        assertThat(LoyaltyType.parse("NON_LOYALTY")).contains(LoyaltyType.NON_LOYALTY);
        assertThat(LoyaltyType.parse("Loyalty")).contains(LoyaltyType.LOYALTY);
        assertThat(LoyaltyType.parse("platinum").isEmpty()).isTrue();
    }

    @Test
    void aRefusedMobileOrEmailNamesTheValueAsSentButStripped() {
        Rejection mobile = Identifier.parse(IdentifierType.MOBILE, " 91-5905 ").getLeft();
        Rejection email = Identifier.parse(IdentifierType.EMAIL, " tom@localhost ").getLeft();

        assertThat(mobile).isInstanceOf(Rejection.Invalid.class);
        assertThat(mobile.details().toJavaList()).containsExactly("91-5905");
        assertThat(mobile.message()).isEqualTo("Mobile 91-5905 is not valid");
        assertThat(email.details().toJavaList()).containsExactly("tom@localhost");
        assertThat(email.code().code()).isEqualTo(8055);
    }

    @Test
    void aMissingMobileOrEmailIsRefusedAsInvalid() {
        assertThat(Identifier.parse(IdentifierType.MOBILE, null).getLeft().code()).isEqualTo(ErrorCode.MOBILE_INVALID);
        assertThat(Identifier.parse(IdentifierType.EMAIL, null).getLeft().code()).isEqualTo(ErrorCode.EMAIL_INVALID);
    }

    @Test
    void aCardNumberIsStrippedAndItsCaseKept() {
        Identifier card = Identifier.parse(IdentifierType.CARDNUMBER, "  Card_7100 ").get();

        assertThat(card).isEqualTo(new Identifier(IdentifierType.CARDNUMBER, "Card_7100"));
    }

    @Test
    void aCardNumberIsJudgedByItsOwnLengthRulesNotTheGenericOnes() {
        assertThat(Identifier.parse(IdentifierType.CARDNUMBER, "c123").getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_SHORT);
        assertThat(Identifier.parse(IdentifierType.CARDNUMBER, "").getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_TOO_SHORT);
    }

    @ParameterizedTest
    @EnumSource(value = IdentifierType.class, names = {"MOBILE", "EMAIL", "CARDNUMBER"}, mode = EnumSource.Mode.EXCLUDE)
    void anyOtherTypeIsStrippedTextKeptInItsCase(IdentifierType type) {
        assertThat(Identifier.parse(type, "  Ex-9174 71  ").get()).isEqualTo(new Identifier(type, "Ex-9174 71"));
    }

    @ParameterizedTest
    @EnumSource(value = IdentifierType.class, names = {"MOBILE", "EMAIL", "CARDNUMBER"}, mode = EnumSource.Mode.EXCLUDE)
    void anyOtherTypeTakesOneToOneHundredFiftyCharacters(IdentifierType type) {
        assertThat(Identifier.parse(type, "x").get().value()).isEqualTo("x");
        assertThat(Identifier.parse(type, "x".repeat(150)).get().value()).hasSize(150);
        assertThat(Identifier.parse(type, "x".repeat(151)).getLeft().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void aRefusedOtherTypeIs400NamingTheTypeAndTheReason() {
        assertThat(Identifier.parse(IdentifierType.EXTERNAL_ID, "   ").getLeft().message())
                .isEqualTo("Invalid input: externalId must not be empty");
        assertThat(Identifier.parse(IdentifierType.WECHAT, "x".repeat(151)).getLeft().message())
                .isEqualTo("Invalid input: wechat must be at most 150 characters");
        assertThat(Identifier.parse(IdentifierType.UNION_ID, "ab\ncd").getLeft().message())
                .isEqualTo("Invalid input: unionId must not contain control characters");
        assertThat(Identifier.parse(IdentifierType.CUID, null).getLeft().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\u0000cd", "ab\u007Fcd", "ab\u0085cd", "ab\tcd"})
    void anOtherTypeWithAControlCharacterInsideIsRefused(String raw) {
        assertThat(Identifier.parse(IdentifierType.FB_ID, raw).isLeft()).isTrue();
    }

    @Test
    void showsItselfAsTheTypesSpellingAndTheValue() {
        assertThat(new Identifier(IdentifierType.TMALL_UNAME, "tom").toString()).isEqualTo("tmall_uname tom");
        assertThat(Identifier.parse(IdentifierType.MOBILE, "+915905000000").get().toString()).isEqualTo("mobile 915905000000");
    }

    @Test
    void needsATypeAndAValue() {
        assertThatNullPointerException().isThrownBy(() -> new Identifier(null, "915905000000"));
        assertThatNullPointerException().isThrownBy(() -> new Identifier(IdentifierType.MOBILE, null));
    }
}

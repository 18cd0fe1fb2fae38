package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package io.grouployalty.domain.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"loyalty", "LOYALTY", "Loyalty", " loyalty ", "lOyAlTy"})
    void readsLoyaltyInAnyCase(String raw) {
        assertThat(LoyaltyType.parse(raw)).contains(LoyaltyType.LOYALTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"non_loyalty", "non-loyalty", "NON_LOYALTY", "NON-LOYALTY", "Non-Loyalty", " non_loyalty\t"})
    void readsNonLoyaltyWithAnUnderscoreOrAHyphenInAnyCase(String raw) {
        assertThat(LoyaltyType.parse(raw)).contains(LoyaltyType.NON_LOYALTY);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "platinum", "nonloyalty", "non loyalty", "non__loyalty", "loyal", "loyalty_", "-loyalty"})
    void anythingElseIsNoLoyaltyType(String raw) {
        assertThat(LoyaltyType.parse(raw)).isEmpty();
    }

    @Test
    void isWrittenInTheContractsLowerCaseSpelling() {
        assertThat(LoyaltyType.LOYALTY.spelling()).isEqualTo("loyalty");
        assertThat(LoyaltyType.NON_LOYALTY.spelling()).isEqualTo("non_loyalty");
    }

    @Test
    void eachSpellingReadsBackAsItsOwnType() {
        for (LoyaltyType type : LoyaltyType.values()) {
            assertThat(LoyaltyType.parse(type.spelling())).contains(type);
        }
    }
}

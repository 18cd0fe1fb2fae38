package io.grouployalty.domain.customer;

import io.grouployalty.domain.card.CardStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CardTest {

    @Test
    void aCardInTheActiveSystemStatusIsActiveWhateverItsLabel() {
        assertThat(new Card("card_7100", 10, "LIVE", CardStatus.ACTIVE).active()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CardStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void aCardInAnyOtherSystemStatusIsNotActive(CardStatus status) {
        assertThat(new Card("card_7100", 10, "ACTIVE", status).active()).isFalse();
    }

    @Test
    void needsANumberALabelAndAStatus() {
        assertThatNullPointerException().isThrownBy(() -> new Card(null, 10, "ACTIVE", CardStatus.ACTIVE));
        assertThatNullPointerException().isThrownBy(() -> new Card("card_7100", 10, null, CardStatus.ACTIVE));
        assertThatNullPointerException().isThrownBy(() -> new Card("card_7100", 10, "ACTIVE", null));
    }
}

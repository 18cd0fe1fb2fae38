package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountIdTest {

    @Test
    void isStripped() {
        assertThat(AccountId.parse(" WECHAT-CM ").get()).isEqualTo(new AccountId("WECHAT-CM"));
        assertThat(new AccountId("  WECHAT-CM").value()).isEqualTo("WECHAT-CM");
    }

    @Test
    void mayBeAsLongAsOneHundredCharacters() {
        assertThat(AccountId.parse("a".repeat(100)).get().value()).hasSize(100);
        assertThat(AccountId.parse("a".repeat(101)).getLeft()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void isOneLineOfText() {
        assertThat(AccountId.parse("WECHAT\nCM").getLeft()).isEqualTo("must not contain control characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void cannotBeEmpty(String value) {
        assertThat(AccountId.parse(value).getLeft()).isEqualTo("must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountId(value)).withMessageContaining("account id");
    }

    @Test
    void keepsItsCase() {
        assertThat(new AccountId("wechat-cm")).isNotEqualTo(new AccountId("WECHAT-CM"));
    }

    @Test
    void isShownAsItsValue() {
        assertThat(new AccountId("WECHAT-CM").toString()).isEqualTo("WECHAT-CM");
    }
}

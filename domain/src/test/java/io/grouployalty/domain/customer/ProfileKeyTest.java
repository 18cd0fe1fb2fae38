package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Source;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProfileKeyTest {

    @Test
    void aKeyOfASingleAccountSourceHasNoAccount() {
        assertThat(ProfileKey.of(Source.INSTORE).account()).isEmpty();
        assertThat(ProfileKey.of(Source.INSTORE)).isEqualTo(new ProfileKey(Source.INSTORE, Option.none()));
    }

    @Test
    void aKeyOfAMultiAccountSourceNamesItsAccountStripped() {
        ProfileKey wechat = ProfileKey.of(Source.WECHAT, " WECHAT-CM ");

        assertThat(wechat.account()).contains(new AccountId("WECHAT-CM"));
        assertThat(wechat).isEqualTo(ProfileKey.of(Source.WECHAT, "WECHAT-CM"));
    }

    @Test
    void keysDifferBySourceAndByAccount() {
        ProfileKey wechat = ProfileKey.of(Source.WECHAT, "WECHAT-CM");

        assertThat(wechat).isNotEqualTo(ProfileKey.of(Source.WECHAT, "WECHAT-HK"));
        assertThat(wechat).isNotEqualTo(ProfileKey.of(Source.WECHAT));
        assertThat(wechat).isNotEqualTo(ProfileKey.of(Source.LINE, "WECHAT-CM"));
    }

    @Test
    void needsASourceAndAnAccountOptionAndTheAccountIsNeverBlank() {
        assertThatNullPointerException().isThrownBy(() -> ProfileKey.of(null));
        assertThatNullPointerException().isThrownBy(() -> new ProfileKey(Source.WECHAT, null));
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileKey.of(Source.WECHAT, " "));
    }
}

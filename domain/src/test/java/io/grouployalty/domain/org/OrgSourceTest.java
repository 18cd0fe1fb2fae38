package io.grouployalty.domain.org;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class OrgSourceTest {

    private static final AccountId CM = new AccountId("WECHAT-CM");
    private static final AccountId HK = new AccountId("WECHAT-HK");

    @Test
    void aSourceDeclaredWithoutAccountsIsSingleAccount() {
        OrgSource ecommerce = OrgSource.singleAccount(Source.ECOMMERCE);

        assertThat(ecommerce.multiAccount()).isFalse();
        assertThat(ecommerce.accounts()).isEmpty();
    }

    @Test
    void aSourceDeclaredWithAccountsIsMultiAccount() {
        assertThat(new OrgSource(Source.WECHAT, List.of(CM)).multiAccount()).isTrue();
    }

    @Test
    void keepsEachAccountOnceInTheOrderFirstDeclared() {
        OrgSource wechat = new OrgSource(Source.WECHAT, List.of(HK, CM, new AccountId(" WECHAT-HK ")));

        assertThat(wechat.accounts().toJavaList()).containsExactly(HK, CM);
    }

    @Test
    void instoreIsEnabledWithoutAccounts() {
        assertThat(OrgSource.singleAccount(Source.INSTORE).multiAccount()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgSource(Source.INSTORE, List.of(CM)))
                .withMessageContaining("INSTORE");
    }

    @Test
    void reachesTheChannelsOfItsSource() {
        assertThat(new OrgSource(Source.WECHAT, List.of(CM)).commChannels()).isEqualTo(Source.WECHAT.commChannels());
        assertThat(OrgSource.singleAccount(Source.LINE).commChannels().toJavaList()).containsExactly("email", "mobile", "line");
    }

    @Test
    void needsASourceAndItsAccounts() {
        assertThatNullPointerException().isThrownBy(() -> OrgSource.singleAccount(null));
        assertThatNullPointerException().isThrownBy(() -> new OrgSource(Source.WECHAT, null));
    }
}

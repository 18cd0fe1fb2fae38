package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTest {

    @Test
    void isReadCaseInsensitively() {
        assertThat(Source.parse("instore").get()).isEqualTo(Source.INSTORE);
        assertThat(Source.parse("Mobile_App").get()).isEqualTo(Source.MOBILE_APP);
    }

    @Test
    void allIsNotASourceToWriteIn() {
        assertThat(Source.parse("ALL").isEmpty()).isTrue();
        assertThat(Source.parse("MYSPACE").isEmpty()).isTrue();
        assertThat(Source.parse(null).isEmpty()).isTrue();
    }

    @Test
    void everySourceReachesEmailAndMobileAndSomeTheirOwnChannel() {
        assertThat(Source.INSTORE.commChannels().toJavaList()).containsExactly("email", "mobile");
        assertThat(Source.WECHAT.commChannels().toJavaList()).containsExactly("email", "mobile", "wechat");
        assertThat(Source.LINE.commChannels().toJavaList()).containsExactly("email", "mobile", "line");
    }

    @Test
    void onlyInstoreIsAlwaysEnabled() {
        assertThat(java.util.Arrays.stream(Source.values()).filter(Source::alwaysEnabled)).containsExactly(Source.INSTORE);
    }

    @Test
    void theSourcesAreThoseOfTheContractInItsOrder() {
        assertThat(Arrays.stream(Source.values()).map(Source::name)).containsExactly("FACEBOOK", "WEB_ENGAGE", "WECHAT", "INSTORE",
                "MARTJACK", "TMALL", "TAOBAO", "JD", "ECOMMERCE", "WEBSITE", "LINE", "MOBILE_APP");
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void everySourceIsReadInLowerCaseAndWithSurroundingWhitespace(Source source) {
        assertThat(Source.parse(source.name().toLowerCase(Locale.ROOT))).contains(source);
        assertThat(Source.parse("  " + source.name() + " ")).contains(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "all", "WEB ENGAGE", "WEBENGAGE", "MOBILEAPP", "mobile-app", "IN_STORE"})
    void aNameThatIsNoSourceIsRefused(String name) {
        assertThat(Source.parse(name)).isEmpty();
    }

    @Test
    void theMobileAppReachesItsPushChannel() {
        assertThat(Source.MOBILE_APP.commChannels().toJavaList()).containsExactly("email", "mobile", "mobilePush");
    }

    @ParameterizedTest
    @EnumSource(value = Source.class, names = {"WECHAT", "LINE", "MOBILE_APP"}, mode = EnumSource.Mode.EXCLUDE)
    void theOtherSourcesReachOnlyEmailAndMobile(Source source) {
        assertThat(source.commChannels().toJavaList()).containsExactly("email", "mobile");
    }
}

package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

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
}

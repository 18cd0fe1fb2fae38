package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordDigestTest {

    @Test
    void isTheLowercaseHexMd5OfThePassword() {
        assertThat(PasswordDigest.ofPassword("server123").hex()).isEqualTo("8a16a6b70505eb1f1ff7cdc0cd5559a7");
        assertThat(PasswordDigest.ofPassword("123").hex()).isEqualTo("202cb962ac59075b964b07152d234b70");
    }

    @Test
    void acceptsUppercaseHexFromACaller() {
        assertThat(PasswordDigest.parse("8A16A6B70505EB1F1FF7CDC0CD5559A7").get())
                .isEqualTo(PasswordDigest.ofPassword("server123"));
    }

    @Test
    void refusesAPlainPasswordInPlaceOfItsDigest() {
        assertThat(PasswordDigest.parse("server123").isLeft()).isTrue();
        assertThat(PasswordDigest.parse(null).isLeft()).isTrue();
    }

    @Test
    void neverShowsItselfInText() {
        assertThat(PasswordDigest.ofPassword("server123").toString()).doesNotContain("8a16a6b7");
    }
}

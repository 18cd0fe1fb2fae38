package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @Test
    void isTheDigestOfThePasswordsUtf8Bytes() {
        assertThat(PasswordDigest.ofPassword("ü").hex()).isEqualTo("c03410a5204b21cd8229ff754688d743");
        assertThat(PasswordDigest.ofPassword("").hex()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void passwordsDifferingInCaseHaveDifferentDigests() {
        assertThat(PasswordDigest.ofPassword("demo123").hex()).isEqualTo("62cc2d8b4bf2d8728120d052163a77df");
        assertThat(PasswordDigest.ofPassword("Demo123")).isNotEqualTo(PasswordDigest.ofPassword("demo123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8a16a6b70505eb1f1ff7cdc0cd5559a", "8a16a6b70505eb1f1ff7cdc0cd5559a7a", "8a16a6b70505eb1f1ff7cdc0cd5559ag",
            " 8a16a6b70505eb1f1ff7cdc0cd5559a7", "8a16a6b7-0505-eb1f-1ff7-cdc0cd5559a7", ""})
    void aDigestIsExactlyThirtyTwoHexDigits(String hex) {
        assertThat(PasswordDigest.parse(hex).getLeft()).isEqualTo("is not the hex MD5 of a password");
    }

    @Test
    void theValueObjectHoldsOnlyLowercaseHex() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordDigest("8A16A6B70505EB1F1FF7CDC0CD5559A7"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordDigest(null));
    }
}

package io.grouployalty.adapters.rest.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class TillLoginTest {

    private static String basic(String userAndPassword) {
        return basic(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static String basic(byte[] userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword);
    }

    @Test
    void readsTheCodeAndPasswordExactlyAsSent() {
        TillLogin login = TillLogin.read(basic(" demo .till :pass:word"), "192.0.2.1").get();

        assertThat(login.code().value()).isEqualTo(" demo .till ");
        assertThat(login.password()).isEqualTo("pass:word");
        assertThat(login.from()).isEqualTo("192.0.2.1");
    }

    @Test
    void readsTheSchemeInAnyCase() {
        assertThat(TillLogin.read("bASIC " + Base64.getEncoder().encodeToString("demo.till:x".getBytes(StandardCharsets.UTF_8)), "")).isNotEmpty();
    }

    @Test
    void readsNothingButBasicCredentialsInStrictBase64AndUtf8() {
        assertThat(TillLogin.read(null, "")).isEmpty();
        assertThat(TillLogin.read("Bearer x", "")).isEmpty();
        assertThat(TillLogin.read("Basic !!!", "")).isEmpty();
        assertThat(TillLogin.read("Basic  " + Base64.getEncoder().encodeToString("demo.till:x".getBytes(StandardCharsets.UTF_8)), "")).isEmpty();
        assertThat(TillLogin.read(basic(new byte[]{'d', (byte) 0xC3, '(', ':', 'x'}), "")).isEmpty();
        assertThat(TillLogin.read(basic("no colon"), "")).isEmpty();
    }

    @Test
    void aCodeThatNoTillCanHaveIsNotRead() {
        assertThat(TillLogin.read(basic("x".repeat(101) + ":pw"), "")).isEmpty();
        assertThat(TillLogin.read(basic("x".repeat(6_000) + ":pw"), "")).isEmpty();
        assertThat(TillLogin.read(basic("demo\u0007till:pw"), "")).isEmpty();
        assertThat(TillLogin.read(basic(":pw"), "")).isEmpty();
        assertThat(TillLogin.read(basic("x".repeat(100) + ":pw"), "")).isNotEmpty();
    }

    @Test
    void neverShowsThePassword() {
        assertThat(TillLogin.read(basic("demo.till:s3cret"), "192.0.2.1").get().toString()).doesNotContain("s3cret");
    }
}

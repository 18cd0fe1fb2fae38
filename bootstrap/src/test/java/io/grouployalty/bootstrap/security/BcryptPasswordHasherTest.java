package io.grouployalty.bootstrap.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
    private final PasswordDigest demo = PasswordDigest.ofPassword("demo123");

    @Test
    void hashesWithAFreshSaltEachTime() {
        PasswordHash first = hasher.hash(demo);
        PasswordHash second = hasher.hash(demo);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.value()).startsWith("$2a$04$").doesNotContain(demo.hex());
        assertThat(hasher.matches(demo, first)).isTrue();
        assertThat(hasher.matches(demo, second)).isTrue();
        assertThat(hasher.matches(PasswordDigest.ofPassword("demo124"), first)).isFalse();
    }

    @Test
    void checksHashesMadeElsewhereInThe2bAnd2yForms() {
        for (BCrypt.Version version : new BCrypt.Version[]{BCrypt.Version.VERSION_2B, BCrypt.Version.VERSION_2Y}) {
            String made = new String(BCrypt.with(version).hash(5, demo.hex().getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);
            PasswordHash hash = PasswordHash.parse(made).get();

            assertThat(hasher.matches(demo, hash)).as(made).isTrue();
            assertThat(hasher.matches(PasswordDigest.ofPassword("other"), hash)).isFalse();
        }
    }
}

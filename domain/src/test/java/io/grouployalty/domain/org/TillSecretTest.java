package io.grouployalty.domain.org;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TillSecretTest {

    private static final PasswordHash HASH_OF_DEMO = PasswordHash.parse("$2a$10$" + "d".repeat(53)).get();
    private static final PasswordHash HASH_OF_OTHER = PasswordHash.parse("$2a$10$" + "o".repeat(53)).get();
    private static final PasswordHash FRESH_HASH = PasswordHash.parse("$2b$12$" + "f".repeat(53)).get();

    /** Knows that {@link #HASH_OF_DEMO} stands for the digest of demo123, and hashes anything anew as {@link #FRESH_HASH}. */
    private static final class DemoHasher implements PasswordHasher {

        final List<PasswordDigest> hashed = new ArrayList<>();

        @Override
        public PasswordHash hash(PasswordDigest digest) {
            hashed.add(digest);
            return FRESH_HASH;
        }

        @Override
        public boolean matches(PasswordDigest digest, PasswordHash hash) {
            return hash.equals(HASH_OF_DEMO) && digest.equals(PasswordDigest.ofPassword("demo123"));
        }
    }

    private final DemoHasher hasher = new DemoHasher();

    @Test
    void aPasswordKeepsTheStoredHashThatAlreadyStandsForIt() {
        TillSecret demo = new TillSecret.Password(PasswordDigest.ofPassword("demo123"));

        assertThat(demo.hashWith(hasher, Option.of(HASH_OF_DEMO))).isSameAs(HASH_OF_DEMO);
        assertThat(hasher.hashed).isEmpty();
    }

    @Test
    void aChangedPasswordIsHashedAnew() {
        TillSecret changed = new TillSecret.Password(PasswordDigest.ofPassword("demo124"));

        assertThat(changed.hashWith(hasher, Option.of(HASH_OF_DEMO))).isEqualTo(FRESH_HASH);
        assertThat(hasher.hashed).containsExactly(PasswordDigest.ofPassword("demo124"));
    }

    @Test
    void aPasswordOfANewTillIsHashed() {
        TillSecret demo = new TillSecret.Password(PasswordDigest.ofPassword("demo123"));

        assertThat(demo.hashWith(hasher, Option.none())).isEqualTo(FRESH_HASH);
        assertThat(hasher.hashed).containsExactly(PasswordDigest.ofPassword("demo123"));
    }

    @Test
    void aReadyHashIsStoredAsGivenWhateverIsStored() {
        TillSecret ready = new TillSecret.Hashed(HASH_OF_OTHER);

        assertThat(ready.hashWith(hasher, Option.of(HASH_OF_DEMO))).isEqualTo(HASH_OF_OTHER);
        assertThat(ready.hashWith(hasher, Option.none())).isEqualTo(HASH_OF_OTHER);
        assertThat(hasher.hashed).isEmpty();
    }

    @Test
    void eachSecretNeedsItsValue() {
        assertThatNullPointerException().isThrownBy(() -> new TillSecret.Password(null));
        assertThatNullPointerException().isThrownBy(() -> new TillSecret.Hashed(null));
    }
}

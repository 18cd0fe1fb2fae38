package io.grouployalty.application.org;

import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedMatchesTest {

    /** A hasher whose hash of a digest is the digest itself, counting its comparisons. */
    private final AtomicInteger comparisons = new AtomicInteger();
    private final PasswordHasher slow = new PasswordHasher() {
        @Override
        public PasswordHash hash(PasswordDigest digest) {
            return new PasswordHash("$2a$04$" + digest.hex() + "x".repeat(21));
        }

        @Override
        public boolean matches(PasswordDigest digest, PasswordHash hash) {
            comparisons.incrementAndGet();
            return hash.equals(hash(digest));
        }
    };
    private final RememberedMatches hasher = new RememberedMatches(slow);
    private final PasswordDigest right = PasswordDigest.ofPassword("right");
    private final PasswordDigest wrong = PasswordDigest.ofPassword("wrong");

    @Test
    void aDigestThatMatchedAHashMatchesItAgainWithoutTheSlowComparison() {
        PasswordHash stored = slow.hash(right);

        assertThat(hasher.matches(right, stored)).isTrue();
        assertThat(hasher.matches(right, stored)).isTrue();

        assertThat(comparisons).hasValue(1);
    }

    @Test
    void aChangedHashIsComparedAgainAndAMismatchIsNeverRemembered() {
        hasher.matches(right, slow.hash(right));

        assertThat(hasher.matches(right, slow.hash(wrong))).isFalse();
        assertThat(hasher.matches(right, slow.hash(wrong))).isFalse();
        assertThat(hasher.matches(wrong, slow.hash(right))).isFalse();

        assertThat(comparisons).hasValue(4);
    }
}

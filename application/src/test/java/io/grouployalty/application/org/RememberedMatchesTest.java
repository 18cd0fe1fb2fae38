package io.grouployalty.application.org;

import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedMatchesTest {

    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RememberedMatches remembered = new RememberedMatches();
    private final PasswordDigest right = PasswordDigest.ofPassword("right");
    private final PasswordDigest wrong = PasswordDigest.ofPassword("wrong");

    @Test
    void remembersADigestWithTheHashItMatched() {
        PasswordHash stored = hasher.hash(right);

        remembered.remember(right, stored);

        assertThat(remembered.remembers(right, stored)).isTrue();
    }

    @Test
    void aChangedHashOrAnotherDigestIsNotRemembered() {
        PasswordHash stored = hasher.hash(right);
        remembered.remember(right, stored);

        assertThat(remembered.remembers(right, hasher.hash(right))).isFalse();
        assertThat(remembered.remembers(wrong, stored)).isFalse();
    }
}

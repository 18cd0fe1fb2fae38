package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTest {

    private static final String SALT_AND_HASH = "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    @Test
    void acceptsTheThreeBcryptVersions() {
        assertThat(PasswordHash.parse("$2a$10$" + SALT_AND_HASH).isRight()).isTrue();
        assertThat(PasswordHash.parse("$2b$12$" + SALT_AND_HASH).isRight()).isTrue();
        assertThat(PasswordHash.parse("$2y$04$" + SALT_AND_HASH).isRight()).isTrue();
    }

    @Test
    void refusesWhatIsNotABcryptHash() {
        assertThat(PasswordHash.parse("$2x$10$" + SALT_AND_HASH).isLeft()).isTrue();
        assertThat(PasswordHash.parse("$2a$10$short").isLeft()).isTrue();
        assertThat(PasswordHash.parse("$2a$99$" + SALT_AND_HASH).isLeft()).isTrue();
        assertThat(PasswordHash.parse("demo123").isLeft()).isTrue();
    }
}

package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @ParameterizedTest
    @ValueSource(strings = {"04", "09", "10", "19", "29", "31"})
    void takesACostOfFourToThirtyOne(String cost) {
        assertThat(PasswordHash.parse("$2a$" + cost + "$" + SALT_AND_HASH).isRight()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "03", "32", "40", "4", "100"})
    void refusesACostOutsideFourToThirtyOne(String cost) {
        assertThat(PasswordHash.parse("$2a$" + cost + "$" + SALT_AND_HASH).isLeft()).isTrue();
    }

    @Test
    void needsExactlyFiftyThreeCharactersOfSaltAndHash() {
        assertThat(PasswordHash.parse("$2a$10$" + SALT_AND_HASH.substring(1)).isLeft()).isTrue();
        assertThat(PasswordHash.parse("$2a$10$" + SALT_AND_HASH + "x").isLeft()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "$", "-", "=", " "})
    void saltAndHashUseTheBcryptAlphabetOnly(String foreign) {
        assertThat(PasswordHash.parse("$2a$10$" + foreign + SALT_AND_HASH.substring(1)).isLeft()).isTrue();
    }

    @Test
    void explainsWhatItExpects() {
        assertThat(PasswordHash.parse(null).getLeft()).contains("bcrypt").contains("$2a$, $2b$ or $2y$");
    }

    @Test
    void neverShowsItselfInText() {
        PasswordHash hash = PasswordHash.parse("$2a$10$" + SALT_AND_HASH).get();

        assertThat(hash.toString()).doesNotContain(SALT_AND_HASH).doesNotContain("$2a$");
    }

    @Test
    void theValueObjectRefusesWhatParsingRefuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash("demo123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(null));
    }
}

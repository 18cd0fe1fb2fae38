package io.grouployalty.domain.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailTest {

    /** An address of exactly {@code length} characters. */
    private static String addressOfLength(int length) {
        String domain = "@example.com";
        return "t".repeat(length - domain.length()) + domain;
    }

    @Test
    void anAddressIsKeptInLowerCase() {
        assertThat(Email.parse("Tom.Sawyer@Example.COM")).contains(new Email("tom.sawyer@example.com"));
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertThat(Email.parse("  tom@example.com \t")).contains(new Email("tom@example.com"));
    }

    @Test
    void anAddressOf150CharactersIsTheLongestAccepted() {
        assertThat(Email.parse(addressOfLength(150)).map(Email::address)).contains(addressOfLength(150));
    }

    @Test
    void anAddressOf151CharactersIsRefused() {
        assertThat(Email.parse(addressOfLength(151))).isEmpty();
    }

    @Test
    void theLengthIsCountedAfterStripping() {
        assertThat(Email.parse("  " + addressOfLength(150) + "  ")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tom@example.com", "tom.sawyer+fleet@mail.example.co.in", "a@b.c", "tom_s-1@ex-ample.org", "zoë@exämple.de"})
    void anAddressWithALocalPartAndADottedDomainIsAccepted(String raw) {
        assertThat(Email.parse(raw)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tom@localhost", "tom", "@example.com", "tom@", "tom@@example.com", "tom@ex@ample.com",
            "tom@example.", "tom@.example.com", "tom@example..com", "tom sawyer@example.com", "tom@exa mple.com", "tom@example.com."})
    void anAddressWithoutOneAtAndADottedDomainIsRefused(String raw) {
        assertThat(Email.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingIsNoAddress(String raw) {
        assertThat(Email.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tom@example.com", "tom@localhost", " tom@example.com"})
    void theValueObjectHoldsOnlyALowerCaseAddress(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Email(address));
    }
}

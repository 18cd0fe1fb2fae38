package io.grouployalty.domain;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void trimsAndKeepsUnicodeLetters() {
        assertThat(Text.singleLine("  Zoë 北京  ", 20).get()).isEqualTo("Zoë 北京");
    }

    @Test
    void refusesC0C1AndDeleteControlCharacters() {
        assertThat(Text.singleLine("a\u0000b", 20).isLeft()).isTrue();
        assertThat(Text.singleLine("a\tb", 20).isLeft()).isTrue();
        assertThat(Text.singleLine("a\u007Fb", 20).isLeft()).isTrue();
        assertThat(Text.singleLine("a\u0085b", 20).isLeft()).isTrue();
    }

    @Test
    void refusesBlankAndTooLongText() {
        assertThat(Text.singleLine("   ", 20).getLeft()).isEqualTo("must not be empty");
        assertThat(Text.singleLine(null, 20).isLeft()).isTrue();
        assertThat(Text.singleLine("abcdef", 5).getLeft()).isEqualTo("must be at most 5 characters");
    }

    @Test
    void aTextOfExactlyTheMaximumLengthIsKept() {
        assertThat(Text.singleLine("abcde", 5).get()).isEqualTo("abcde");
    }

    @Test
    void theLengthIsCountedAfterTrimming() {
        assertThat(Text.singleLine("   abcde   ", 5).get()).isEqualTo("abcde");
    }

    @Test
    void innerSpacesAreKept() {
        assertThat(Text.singleLine(" Solace   Logistics ", 100).get()).isEqualTo("Solace   Logistics");
    }

    @Test
    void aTrailingNewlineIsAControlCharacterNotWhitespaceToTrim() {
        assertThat(Text.singleLine("Tom\n", 20).getLeft()).isEqualTo("must not contain control characters");
        assertThat(Text.singleLine("\tTom", 20).getLeft()).isEqualTo("must not contain control characters");
    }

    @Test
    void aControlCharacterIsReportedBeforeTheLength() {
        assertThat(Text.singleLine("abcdef\u0000", 5).getLeft()).isEqualTo("must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001F", "\t", "\n", "\r", "\u007F", "\u0080", "\u009F"})
    void controlCharactersAreTheUnicodeCategoryCc(String control) {
        assertThat(Text.hasControlCharacter("a" + control + "b")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\u00A0", "\u3000", "\u200B", "\u2028", "é", "北", "😀", "\uFEFF"})
    void otherCharactersAreNoControlCharacters(String other) {
        assertThat(Text.hasControlCharacter("a" + other + "b")).isFalse();
    }

    @Test
    void anyTooLongLooksForOneValueOverOneThousandCharacters() {
        assertThat(Text.anyTooLong(List.of("x".repeat(1000), "", "ok"))).isFalse();
        assertThat(Text.anyTooLong(List.of("ok", "x".repeat(1001)))).isTrue();
        assertThat(Text.anyTooLong(List.empty())).isFalse();
    }

    @Test
    void anyTooLongPassesOverMissingValues() {
        assertThat(Text.anyTooLong(Arrays.asList(null, "ok", null))).isFalse();
        assertThat(Text.anyTooLong(Arrays.asList(null, "x".repeat(1001)))).isTrue();
    }
}

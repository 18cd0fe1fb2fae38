package io.grouployalty.domain;

import org.junit.jupiter.api.Test;

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
}

package io.grouployalty.adapters.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTest {

    @Test
    void escapesEveryCharacterThatCouldStartALineOfItsOwn() {
        assertThat(LogText.escaped("a\r\nERROR b\tc\u0085d\u007fe\u0000f\u2028g\u2029h"))
                .isEqualTo("a\\r\\nERROR b\\tc\\u0085d\\u007fe\\u0000f\\u2028g\\u2029h");
    }

    @Test
    void leavesOtherTextAsItIs() {
        assertThat(LogText.escaped("/v2/customers/bulk?name=Zoë 😀 \\n")).isEqualTo("/v2/customers/bulk?name=Zoë 😀 \\n");
        assertThat(LogText.escaped(null)).isNull();
    }
}

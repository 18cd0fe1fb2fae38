package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TillCodeTest {

    @Test
    void isTrimmed() {
        assertThat(TillCode.parse(" demo.till ").get()).isEqualTo(new TillCode("demo.till"));
    }

    @Test
    void cannotHoldAColonBecauseBasicAuthSplitsThere() {
        assertThat(TillCode.parse("demo:till").getLeft()).isEqualTo("must not contain ':'");
    }

    @Test
    void cannotBeEmptyOrHoldControlCharacters() {
        assertThat(TillCode.parse("").isLeft()).isTrue();
        assertThat(TillCode.parse("demo\ntill").isLeft()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new TillCode(" "));
    }
}

package io.grouployalty.domain.company;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalIdTest {

    @Test
    void isStripped() {
        assertThat(ExternalId.parse(" ex917471000000 ").get()).isEqualTo(new ExternalId("ex917471000000"));
    }

    @Test
    void mayBeAsLongAsOneHundredFiftyCharacters() {
        assertThat(ExternalId.parse("x".repeat(150)).get().value()).hasSize(150);
        assertThat(ExternalId.parse("x".repeat(151)).getLeft()).isEqualTo("must be at most 150 characters");
    }

    @Test
    void isOneLineOfText() {
        assertThat(ExternalId.parse("ex91\n7471").getLeft()).isEqualTo("must not contain control characters");
    }

    @Test
    void cannotBeEmpty() {
        assertThat(ExternalId.parse(" ").getLeft()).isEqualTo("must not be empty");
        assertThat(ExternalId.parse(null).getLeft()).isEqualTo("must not be empty");
    }
}

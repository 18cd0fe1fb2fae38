package io.grouployalty.domain.company;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @Test
    void theValueObjectStripsAndRefusesWhatParsingRefuses() {
        assertThat(new ExternalId(" ex917471000000 ").value()).isEqualTo("ex917471000000");
        assertThatIllegalArgumentException().isThrownBy(() -> new ExternalId("")).withMessageStartingWith("externalId");
        assertThatIllegalArgumentException().isThrownBy(() -> new ExternalId("x".repeat(151)));
    }

    @Test
    void keepsItsCaseAndInnerSpaces() {
        assertThat(ExternalId.parse("EX 917471").get().value()).isEqualTo("EX 917471");
        assertThat(ExternalId.parse("EX917471").get()).isNotEqualTo(ExternalId.parse("ex917471").get());
    }

    @Test
    void isShownAsItsValue() {
        assertThat(new ExternalId("ex917471000000").toString()).isEqualTo("ex917471000000");
    }
}

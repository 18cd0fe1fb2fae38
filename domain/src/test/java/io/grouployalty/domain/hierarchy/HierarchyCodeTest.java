package io.grouployalty.domain.hierarchy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HierarchyCodeTest {

    @Test
    void isStripped() {
        assertThat(HierarchyCode.parse(" code-association2 ").get()).isEqualTo(new HierarchyCode("code-association2"));
    }

    @Test
    void mayBeAsLongAsOneHundredCharacters() {
        assertThat(HierarchyCode.parse("h".repeat(100)).get().value()).hasSize(100);
        assertThat(HierarchyCode.parse("h".repeat(101)).getLeft()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void isOneLineOfText() {
        assertThat(HierarchyCode.parse("fleet\ncodes").getLeft()).isEqualTo("must not contain control characters");
        assertThat(HierarchyCode.parse("fleet\u0000").getLeft()).isEqualTo("must not contain control characters");
    }

    @Test
    void cannotBeEmpty() {
        assertThat(HierarchyCode.parse("   ").getLeft()).isEqualTo("must not be empty");
        assertThat(HierarchyCode.parse(null).getLeft()).isEqualTo("must not be empty");
    }

    @Test
    void theValueObjectStripsAndRefusesWhatParsingRefuses() {
        assertThat(new HierarchyCode(" code-association2 ").value()).isEqualTo("code-association2");
        assertThatIllegalArgumentException().isThrownBy(() -> new HierarchyCode(" ")).withMessageStartingWith("hierarchy code");
        assertThatIllegalArgumentException().isThrownBy(() -> new HierarchyCode("x".repeat(101)));
    }

    @Test
    void isShownAsItsValue() {
        assertThat(new HierarchyCode("code-association2").toString()).isEqualTo("code-association2");
    }

    @Test
    void keepsItsCase() {
        assertThat(HierarchyCode.parse("code-association2").get()).isNotEqualTo(HierarchyCode.parse("CODE-ASSOCIATION2").get());
    }
}

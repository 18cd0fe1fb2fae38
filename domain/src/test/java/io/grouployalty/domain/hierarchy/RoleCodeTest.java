package io.grouployalty.domain.hierarchy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleCodeTest {

    @Test
    void isStripped() {
        assertThat(RoleCode.parse("  GFA ").get()).isEqualTo(new RoleCode("GFA"));
    }

    @Test
    void mayBeAsLongAsOneHundredCharacters() {
        assertThat(RoleCode.parse("R".repeat(100)).get().value()).hasSize(100);
        assertThat(RoleCode.parse("R".repeat(101)).getLeft()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void isOneLineOfText() {
        assertThat(RoleCode.parse("F\rA").getLeft()).isEqualTo("must not contain control characters");
    }

    @Test
    void cannotBeEmpty() {
        assertThat(RoleCode.parse("").getLeft()).isEqualTo("must not be empty");
        assertThat(RoleCode.parse(null).getLeft()).isEqualTo("must not be empty");
    }

    @Test
    void theValueObjectStripsAndRefusesWhatParsingRefuses() {
        assertThat(new RoleCode(" GFA ").value()).isEqualTo("GFA");
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleCode(" ")).withMessageStartingWith("role code");
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleCode("x".repeat(101)));
    }

    @Test
    void isShownAsItsValue() {
        assertThat(new RoleCode("GFA").toString()).isEqualTo("GFA");
    }

    @Test
    void keepsItsCase() {
        assertThat(RoleCode.parse("GFA").get()).isNotEqualTo(RoleCode.parse("gfa").get());
    }
}

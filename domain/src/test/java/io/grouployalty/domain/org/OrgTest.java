package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class OrgTest {

    private static final OrgId DEMO = new OrgId(1001);
    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);

    @Test
    void theNameIsStrippedAndMayHaveTwoHundredCharacters() {
        assertThat(new Org(DEMO, " Demo Fleet Rewards ", INDIA).name()).isEqualTo("Demo Fleet Rewards");
        assertThat(new Org(DEMO, "n".repeat(200), INDIA).name()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> new Org(DEMO, "n".repeat(201), INDIA)).withMessageStartingWith("org name");
    }

    @Test
    void theNameIsOneLineOfTextThatIsNotEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Org(DEMO, "  ", INDIA));
        assertThatIllegalArgumentException().isThrownBy(() -> new Org(DEMO, null, INDIA));
        assertThatIllegalArgumentException().isThrownBy(() -> new Org(DEMO, "Demo\nFleet", INDIA));
    }

    @Test
    void needsAnIdAndATimeZone() {
        assertThatNullPointerException().isThrownBy(() -> new Org(null, "Demo", INDIA));
        assertThatNullPointerException().isThrownBy(() -> new Org(DEMO, "Demo", null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void anOrgIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgId(value));
    }

    @Test
    void anOrgIdIsShownAsItsBareNumber() {
        assertThat(DEMO.toString()).isEqualTo("1001");
    }

    @Test
    void aCallerWithoutATimeZoneIsInUtc() {
        Caller caller = new Caller(new TillCode("demo.till"), DEMO);

        assertThat(caller.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(new Caller(new TillCode("demo.till"), DEMO, INDIA).zone()).isEqualTo(INDIA);
    }

    @Test
    void aCallerNeedsATillAnOrgAndAZone() {
        assertThatNullPointerException().isThrownBy(() -> new Caller(null, DEMO));
        assertThatNullPointerException().isThrownBy(() -> new Caller(new TillCode("demo.till"), null));
        assertThatNullPointerException().isThrownBy(() -> new Caller(new TillCode("demo.till"), DEMO, null));
    }
}

package io.grouployalty.domain.customer;

import io.grouployalty.domain.program.ProgramId;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EnrollmentTest {

    private static final Instant ENROLLED = Instant.parse("2026-01-01T00:00:00Z");
    private static final ProgramId FLEET_REWARDS = new ProgramId(1);

    @ParameterizedTest
    @ValueSource(longs = {0, 1, Long.MAX_VALUE})
    void creditsZeroOrMorePoints(long points) {
        assertThat(new Enrollment(FLEET_REWARDS, 2, points, Option.none(), Option.none(), ENROLLED).points()).isEqualTo(points);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE})
    void negativePointsAreRefused(long points) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Enrollment(FLEET_REWARDS, 2, points, Option.none(), Option.none(), ENROLLED));
    }

    @Test
    void keepsItsExpiriesApart() {
        Instant tierExpiry = Instant.parse("2027-05-11T11:06:17Z");
        Instant pointsExpiry = Instant.parse("2028-05-11T11:06:17Z");

        Enrollment enrollment = new Enrollment(FLEET_REWARDS, 2, 100, Option.of(tierExpiry), Option.of(pointsExpiry), ENROLLED);

        assertThat(enrollment.tierExpiry()).contains(tierExpiry);
        assertThat(enrollment.pointsExpiry()).contains(pointsExpiry);
    }

    @Test
    void needsAProgramExpiryOptionsAndAnEnrollmentDate() {
        assertThatNullPointerException().isThrownBy(() -> new Enrollment(null, 2, 100, Option.none(), Option.none(), ENROLLED));
        assertThatNullPointerException().isThrownBy(() -> new Enrollment(FLEET_REWARDS, 2, 100, null, Option.none(), ENROLLED));
        assertThatNullPointerException().isThrownBy(() -> new Enrollment(FLEET_REWARDS, 2, 100, Option.none(), null, ENROLLED));
        assertThatNullPointerException().isThrownBy(() -> new Enrollment(FLEET_REWARDS, 2, 100, Option.none(), Option.none(), null));
    }
}

package io.grouployalty.domain.customer;

import io.grouployalty.domain.program.ProgramId;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** A customer's membership of a loyalty program: tier, points credited on enrollment, and expiries. */
public record Enrollment(ProgramId program, int tierNumber, long points, Option<Instant> tierExpiry,
                         Option<Instant> pointsExpiry, Instant enrolledOn) {

    public Enrollment {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(tierExpiry, "tierExpiry");
        Objects.requireNonNull(pointsExpiry, "pointsExpiry");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        if (points < 0) {
            throw new IllegalArgumentException("points can not be negative");
        }
    }
}

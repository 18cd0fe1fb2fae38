package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.RequestDate;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * Step 5 of API.md §3.3: each enrollment names a program of the org and a tier of it (1213); one in a program the
 * customer is enrolled in already is skipped with 91006; expiry dates must read (1216), not be past (1215) nor more
 * than 100 years ahead (1217); points are credited, none below zero (400).
 */
public final class EnrollmentRules {

    private EnrollmentRules() {
    }

    public static Either<Rejection, Judged> judge(Judged judged, List<EnrollmentInput> given) {
        Either<Rejection, Judged> enrolled = Either.right(judged);
        for (EnrollmentInput input : given) {
            enrolled = enrolled.flatMap(current -> enrollment(current, input).map(added -> current.with(added.map(enrollment ->
                    current.customer().withEnrollments(current.customer().enrollments().appendAll(enrollment))))));
        }
        return enrolled;
    }

    private static Either<Rejection, Warned<Option<Enrollment>>> enrollment(Judged judged, EnrollmentInput input) {
        if (input.programId() <= 0) {
            return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID, "programId " + input.programId()));
        }
        ProgramId id = new ProgramId(input.programId());
        Option<Program> program = judged.world().reference().program(id);
        if (program.isEmpty()) {
            return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID, "programId " + id));
        }
        Option<Tier> tier = input.tierNumber().map(number -> program.get().tier(number)).getOrElse(program.get().tiers().headOption());
        if (tier.isEmpty()) {
            return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID,
                    "tier " + input.tierNumber().map(String::valueOf).getOrElse("(none)") + " of program " + id));
        }
        if (judged.customer().enrollments().exists(enrollment -> enrollment.program().equals(id))) {
            return Either.right(Warned.warned(Option.none(), Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, "enrollment in program " + id)));
        }
        ItemContext context = judged.context();
        return expiry(context, input.tierExpiryDate(), "tierExpiryDate")
                .flatMap(tierExpiry -> expiry(context, input.pointsExpiryDate(), "pointsExpiryDate")
                        .flatMap(pointsExpiry -> credited(input.points())
                                .map(points -> Warned.of(Option.of(new Enrollment(id, tier.get().number(), points, tierExpiry,
                                        pointsExpiry, context.now()))))));
    }

    private static Either<Rejection, Long> credited(long points) {
        return points < 0
                ? Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "loyaltyPoints must not be negative"))
                : Either.right(points);
    }

    private static Either<Rejection, Option<Instant>> expiry(ItemContext context, Option<Either<String, RequestDate>> given, String field) {
        if (given.isEmpty()) {
            return Either.right(Option.none());
        }
        if (given.get().isLeft()) {
            return Either.left(Rejection.invalid(ErrorCode.DATE_FORMAT_INVALID, field));
        }
        Instant date = given.get().get().in(context.zone());
        if (date.isBefore(context.now())) {
            return Either.left(Rejection.invalid(ErrorCode.DATE_IN_PAST, field));
        }
        if (date.isAfter(context.now().atOffset(context.zone()).plusYears(100).toInstant())) {
            return Either.left(Rejection.invalid(ErrorCode.DATE_TOO_FAR, field));
        }
        return Either.right(Option.of(date));
    }
}

package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.NOW;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static io.grouployalty.domain.customer.rules.Worlds.enrolledIn;
import static org.assertj.core.api.Assertions.assertThat;

class EnrollmentRulesTest {

    private final Customer tom = aStoredCustomer("915905000000");

    @Test
    void enrollsInATierOfAProgramCreditingThePoints() {
        Judged judged = enrolled(anOrg(), tom, anItem().enrolledIn(1, 2, 100, "2027-05-11T16:36:17+05:30", "2028-01-01T00:00:00Z")).get();

        assertThat(judged.customer().enrollments().toJavaList()).containsExactly(new Enrollment(new ProgramId(1), 2, 100,
                Option.of(Instant.parse("2027-05-11T11:06:17Z")), Option.of(Instant.parse("2028-01-01T00:00:00Z")), NOW));
        assertThat(judged.warnings().isEmpty()).isTrue();
    }

    @Test
    void anEnrollmentWithoutATierTakesTheLowestAndWithoutDatesExpiresNever() {
        Enrollment enrollment = enrolled(anOrg(), tom, anItem().enrolledIn(EnrollmentInput.given(1, Option.none(), 0, Option.none(),
                Option.none()))).get().customer().enrollments().single();

        assertThat(enrollment.tierNumber()).isEqualTo(1);
        assertThat(enrollment.tierExpiry().isEmpty()).isTrue();
        assertThat(enrollment.points()).isZero();
    }

    @ParameterizedTest(name = "program {0}")
    @ValueSource(longs = {9, 0, -1})
    void aProgramTheOrgDoesNotHaveIs1213(long program) {
        Rejection rejection = enrolled(anOrg(), tom, anItem().enrolledIn(program, 1, 10)).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.PROGRAM_INVALID);
        assertThat(rejection.message()).contains("programId " + program);
    }

    @Test
    void aTierTheProgramDoesNotHaveIs1213NamingTheTier() {
        Rejection rejection = enrolled(anOrg(), tom, anItem().enrolledIn(1, 7, 10)).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.PROGRAM_INVALID);
        assertThat(rejection.message()).isEqualTo("Program or tier is not valid: tier 7 of program 1");
    }

    @Test
    void anEnrollmentHeldAlreadyIsSkippedWith91006BeforeItsDatesAndPoints() {
        Customer member = enrolledIn(tom, 1, 2, 100);

        Judged judged = enrolled(anOrg(), member, anItem().enrolledIn(1, 3, -5, "", "soon").enrolledIn(1, 1, 7)).get();

        assertThat(judged.customer()).isEqualTo(member);
        assertThat(judged.warnings().map(Warning::message).toJavaList())
                .containsExactly("enrollment in program 1 update is not allowed", "enrollment in program 1 update is not allowed");
    }

    @Test
    void aProgramNamedTwiceInOneItemIsEnrolledOnceTheSecondWarned91006() {
        Judged judged = enrolled(anOrg(), tom, anItem().enrolledIn(1, 2, 100).enrolledIn(1, 3, 50)).get();

        assertThat(judged.customer().enrollments().map(Enrollment::tierNumber).toJavaList()).containsExactly(2);
        assertThat(judged.warnings().map(Warning::code).toJavaList()).containsExactly(ErrorCode.UPDATE_NOT_ALLOWED);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"soon, DATE_FORMAT_INVALID", "'', DATE_FORMAT_INVALID", "2027-13-01, DATE_FORMAT_INVALID",
            "2020-01-01, DATE_IN_PAST", "2026-11-25T09:59:59Z, DATE_IN_PAST", "2127-01-01, DATE_TOO_FAR",
            "2126-11-25T10:00:01Z, DATE_TOO_FAR"})
    void anExpiryDateMustReadAndLieWithinTheNext100Years(String date, ErrorCode expected) {
        Rejection tier = enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, 0, date, "2027-01-01")).getLeft();
        Rejection points = enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, 0, "2027-01-01", date)).getLeft();

        assertThat(tier.code()).isEqualTo(expected);
        assertThat(tier.message()).startsWith("tierExpiryDate");
        assertThat(points.code()).isEqualTo(expected);
        assertThat(points.message()).startsWith("pointsExpiryDate");
    }

    @ParameterizedTest(name = "\"{0}\" is allowed")
    @ValueSource(strings = {"2026-11-25T10:00:00Z", "2126-11-25T10:00:00Z", "2126-11-25T15:30:00+05:30"})
    void theBoundsThemselvesAreAllowed(String date) {
        assertThat(enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, 0, date, date)).isRight()).isTrue();
    }

    @Test
    void aDateWithoutAnOffsetIsReadInTheOrgsZone() {
        Items item = anItem().enrolledIn(1, 1, 0, "2026-11-25T15:00:00", "2026-11-26");

        assertThat(enrolled(anOrg().inZone(ZoneOffset.ofHoursMinutes(5, 30)), tom, item).getLeft().code())
                .as("15:00 at +05:30 is 09:30Z, before now").isEqualTo(ErrorCode.DATE_IN_PAST);
        Enrollment inUtc = enrolled(anOrg().inZone(ZoneOffset.UTC), tom, item).get().customer().enrollments().single();
        assertThat(inUtc.tierExpiry()).contains(Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(inUtc.pointsExpiry()).contains(Instant.parse("2026-11-26T00:00:00Z"));
        Enrollment inLosAngeles = enrolled(anOrg().inZone(ZoneOffset.ofHours(-8)), tom, item).get().customer().enrollments().single();
        assertThat(inLosAngeles.pointsExpiry()).contains(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void negativePointsOfANewEnrollmentAre400AfterItsDates() {
        Rejection negative = enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, -5, "2027-01-01", "2027-01-01")).getLeft();
        Rejection badDateFirst = enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, -5, "", "2027-01-01")).getLeft();

        assertThat(negative.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(negative.message()).contains("loyaltyPoints");
        assertThat(badDateFirst.code()).isEqualTo(ErrorCode.DATE_FORMAT_INVALID);
    }

    @Test
    void aBadEntryAfterAGoodOneFailsTheStep() {
        assertThat(enrolled(anOrg(), tom, anItem().enrolledIn(1, 1, 10).enrolledIn(9, 1, 10)).getLeft().code())
                .isEqualTo(ErrorCode.PROGRAM_INVALID);
    }

    private static Either<Rejection, Judged> enrolled(Worlds worlds, Customer stored, Items item) {
        CustomerItem built = item.identifiedByMobile("915905000000").build();
        return EnrollmentRules.judge(Judged.found(worlds.holding(stored).loadedFor(built), stored, false), built.enrollments());
    }
}

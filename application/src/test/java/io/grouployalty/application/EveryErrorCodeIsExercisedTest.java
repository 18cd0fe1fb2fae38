package io.grouployalty.application;

import io.grouployalty.domain.ErrorCode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test class of this module (see junit-platform.properties) and fails for any code of the
 * table that no test saw a use case report, but for the request-level codes that only the HTTP adapter reports.
 */
@Order(Integer.MAX_VALUE)
class EveryErrorCodeIsExercisedTest {

    private static final Set<ErrorCode> OWNED_BY_THE_HTTP_ADAPTER = EnumSet.of(
            ErrorCode.AUTHENTICATION_FAILED, ErrorCode.NOT_FOUND, ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.BODY_TOO_LARGE,
            ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.TOO_MANY_FAILED_LOGINS, ErrorCode.INTERNAL_ERROR, ErrorCode.UNAVAILABLE,
            ErrorCode.BATCH_LIMIT_EXCEEDED);

    @Test
    void everyCodeOfTheTableIsReportedByATestedUseCase() {
        Set<ErrorCode> missing = EnumSet.allOf(ErrorCode.class);
        missing.removeAll(OWNED_BY_THE_HTTP_ADAPTER);
        missing.removeAll(ExercisedCodes.all());

        assertThat(missing).as("codes no test saw a use case report").isEmpty();
    }
}

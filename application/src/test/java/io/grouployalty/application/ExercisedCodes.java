package io.grouployalty.application;

import io.grouployalty.domain.ErrorCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The codes that tests of this module have seen a use case report; {@link EveryErrorCodeIsExercisedTest} reads them. */
public final class ExercisedCodes {

    private static final Set<ErrorCode> SEEN = ConcurrentHashMap.newKeySet();

    private ExercisedCodes() {
    }

    /** Notes that a use case reported {@code code}, and gives it back for the assertion. */
    public static ErrorCode seen(ErrorCode code) {
        SEEN.add(code);
        return code;
    }

    static Set<ErrorCode> all() {
        return SEEN.isEmpty() ? EnumSet.noneOf(ErrorCode.class) : EnumSet.copyOf(SEEN);
    }
}

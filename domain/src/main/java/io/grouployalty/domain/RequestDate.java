package io.grouployalty.domain;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A date as requests write it (API.md §1): ISO-8601 with an offset or {@code Z}; without one, or a bare date, in the org's time zone. */
public final class RequestDate {

    private RequestDate() {
    }

    /** The instant {@code text} names, read in {@code zone} when it carries no offset; nothing when it is not a date. */
    public static Option<Instant> parse(String text, ZoneOffset zone) {
        String date = text.strip();
        return Try.of(() -> OffsetDateTime.parse(date).toInstant())
                .orElse(() -> Try.of(() -> LocalDateTime.parse(date).atOffset(zone).toInstant()))
                .orElse(() -> Try.of(() -> LocalDate.parse(date).atStartOfDay().atOffset(zone).toInstant()))
                .toOption();
    }

    /** True when {@code text} is a date, whatever the time zone it is read in. */
    public static boolean isDate(String text) {
        return parse(text, ZoneOffset.UTC).isDefined();
    }
}

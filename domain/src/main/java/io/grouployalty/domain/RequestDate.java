package io.grouployalty.domain;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date as requests write it (API.md §1): ISO-8601 with an offset or {@code Z}; without one, or a bare date, it is read
 * in the org's time zone, which only the rules know.
 */
public record RequestDate(LocalDateTime local, Option<ZoneOffset> offset) {

    public RequestDate {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /** The date {@code text} writes; nothing when it is not a date. */
    public static Option<RequestDate> read(String text) {
        String date = text.strip();
        return Try.of(() -> OffsetDateTime.parse(date)).map(RequestDate::of)
                .orElse(() -> Try.of(() -> new RequestDate(LocalDateTime.parse(date), Option.none())))
                .orElse(() -> Try.of(() -> new RequestDate(LocalDate.parse(date).atStartOfDay(), Option.none())))
                .toOption();
    }

    /** The instant {@code text} names, read in {@code zone} when it carries no offset; nothing when it is not a date. */
    public static Option<Instant> parse(String text, ZoneOffset zone) {
        return read(text).map(date -> date.in(zone));
    }

    /** True when {@code text} is a date, whatever the time zone it is read in. */
    public static boolean isDate(String text) {
        return read(text).isDefined();
    }

    /** The instant, read in {@code zone} when the date carries no offset of its own. */
    public Instant in(ZoneOffset zone) {
        return local.atOffset(offset.getOrElse(zone)).toInstant();
    }

    private static RequestDate of(OffsetDateTime written) {
        return new RequestDate(written.toLocalDateTime(), Option.of(written.getOffset()));
    }
}

package io.grouployalty.adapters.rest.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates as responses render them: ISO-8601 with the org's offset, to the second, {@code Z} for UTC (API.md §1, §6.20). */
public final class Dates {

    private Dates() {
    }

    /** A date as the start of its day in {@code zone}: {@code YYYY-MM-DDT00:00:00+05:30}. */
    public static String startOf(LocalDate date, ZoneOffset zone) {
        return date.atStartOfDay().atOffset(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String render(Instant instant, ZoneOffset zone) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atOffset(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

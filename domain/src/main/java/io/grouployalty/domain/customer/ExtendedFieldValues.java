package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.util.Locale;

/** Reads an extended field's value by its definition (API.md §6.8, §6.26) into the text it is stored as. */
final class ExtendedFieldValues {

    private ExtendedFieldValues() {
    }

    /** The canonical text of {@code raw}, or nothing when it does not fit the field. */
    static Option<String> canonical(ExtendedFieldDefinition definition, String raw) {
        if (raw == null || raw.length() > definition.effectiveMaxLength()) {
            return Option.none();
        }
        String value = raw.strip();
        return switch (definition.type()) {
            case STRING -> Option.of(raw);
            case INTEGER -> Try.of(() -> Long.parseLong(value)).toOption().map(String::valueOf);
            case DOUBLE -> Try.of(() -> Double.parseDouble(value)).toOption()
                    .filter(number -> Double.isFinite(number) && !value.endsWith("d") && !value.endsWith("f")
                            && !value.endsWith("D") && !value.endsWith("F"))
                    .map(number -> value);
            case BOOLEAN -> Option.of(value.toLowerCase(Locale.ROOT)).filter(text -> text.equals("true") || text.equals("false"));
            case DATE -> date(value).map(LocalDate::toString);
        };
    }

    /** A date, or the date of a date-time as written. */
    private static Option<LocalDate> date(String value) {
        return Try.of(() -> LocalDate.parse(value))
                .orElse(() -> Try.of(() -> OffsetDateTime.parse(value).toLocalDate()))
                .orElse(() -> Try.of(() -> LocalDateTime.parse(value).toLocalDate()))
                .toOption();
    }
}

package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads an extended field's value by its definition (API.md §6.8, §6.26, §6.53). */
public final class ExtendedFieldValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private ExtendedFieldValues() {
    }

    /** The value {@code given} sets, or nothing when it does not fit the field: too long, or not of its type. */
    public static Option<FieldValue> judge(ExtendedFieldDefinition definition, CustomerItem.FieldInput given) {
        return given.text().filter(text -> text.length() <= definition.effectiveMaxLength())
                .flatMap(text -> parse(definition.type(), text));
    }

    /** {@code raw} as a value of {@code type}; a date-time gives its date as written. */
    static Option<FieldValue> parse(ExtendedFieldType type, String raw) {
        String value = raw.strip();
        return switch (type) {
            case STRING -> Option.of(new FieldValue.Text(raw));
            case INTEGER -> Option.when(WHOLE.matcher(value).matches(), value)
                    .flatMap(whole -> Try.of(() -> Long.parseLong(whole)).toOption()).map(FieldValue.Whole::new);
            case DOUBLE -> Option.when(DECIMAL.matcher(value).matches(), value)
                    .map(Double::parseDouble).filter(Double::isFinite).map(FieldValue.Real::new);
            case BOOLEAN -> Option.of(value.toLowerCase(Locale.ROOT)).filter(text -> text.equals("true") || text.equals("false"))
                    .map(text -> new FieldValue.Flag(Boolean.parseBoolean(text)));
            case DATE -> date(value).map(FieldValue.Day::new);
        };
    }

    private static Option<LocalDate> date(String value) {
        return Try.of(() -> LocalDate.parse(value))
                .orElse(() -> Try.of(() -> OffsetDateTime.parse(value).toLocalDate()))
                .orElse(() -> Try.of(() -> LocalDateTime.parse(value).toLocalDate()))
                .toOption();
    }
}

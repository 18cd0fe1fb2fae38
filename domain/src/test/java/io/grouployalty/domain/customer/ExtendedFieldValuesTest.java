package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.CustomerItem.FieldInput;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.grouployalty.domain.org.ExtendedFieldType.BOOLEAN;
import static io.grouployalty.domain.org.ExtendedFieldType.DATE;
import static io.grouployalty.domain.org.ExtendedFieldType.DOUBLE;
import static io.grouployalty.domain.org.ExtendedFieldType.INTEGER;
import static io.grouployalty.domain.org.ExtendedFieldType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

class ExtendedFieldValuesTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "42, 42", "+42, 42", "-42, -42", "007, 7", "-0, 0",
            "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808"})
    void anIntegerIsAnySigned64BitWholeNumber(String raw, long value) {
        assertThat(ExtendedFieldValues.parse(INTEGER, raw)).contains(new FieldValue.Whole(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "99999999999999999999"})
    void anIntegerBeyond64BitsIsRefused(String raw) {
        assertThat(ExtendedFieldValues.parse(INTEGER, raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.5", "42.0", "42.", "1e3", "0x2A", "42L", "4 2", "1_000", "--42", "+-42", "forty-two", "", " ", "٤٢", "４２"})
    void anIntegerIsWrittenInAsciiDigitsOnly(String raw) {
        assertThat(ExtendedFieldValues.parse(INTEGER, raw)).isEmpty();
    }

    @Test
    void anIntegerMayBeSurroundedByWhitespace() {
        assertThat(ExtendedFieldValues.parse(INTEGER, "\t-42 ")).contains(new FieldValue.Whole(-42));
    }

    @ParameterizedTest
    @CsvSource({"2.5, 2.5", "-2.5, -2.5", "+2.5, 2.5", "7, 7", ".5, 0.5", "5., 5", "1e3, 1000", "1E3, 1000", "-1e-3, -0.001",
            "2.5e+2, 250", "1.7976931348623157e308, 1.7976931348623157e308", "' 2.5 ', 2.5"})
    void aDoubleIsAFiniteDecimalNumber(String raw, double value) {
        assertThat(ExtendedFieldValues.parse(DOUBLE, raw)).contains(new FieldValue.Real(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e400", "0x1p3", "0x10", "1.5d", "1.5f", "2.5D",
            "1,5", "1.2.3", ".", "e3", "1e", "1e+", "", "  ", "two", "١٫٥"})
    void aDoubleIsNeitherNaNNorInfiniteNorHexNorAJavaLiteral(String raw) {
        assertThat(ExtendedFieldValues.parse(DOUBLE, raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "tRuE", " true "})
    void trueIsReadInAnyCase(String raw) {
        assertThat(ExtendedFieldValues.parse(BOOLEAN, raw)).contains(new FieldValue.Flag(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "fAlSe", "\tfalse"})
    void falseIsReadInAnyCase(String raw) {
        assertThat(ExtendedFieldValues.parse(BOOLEAN, raw)).contains(new FieldValue.Flag(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "t", "f", "on", "truee", "tru e", "", " "})
    void aBooleanIsOnlyTrueOrFalse(String raw) {
        assertThat(ExtendedFieldValues.parse(BOOLEAN, raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1990-04-01, 1990-04-01", "2024-02-29, 2024-02-29", "' 1990-04-01 ', 1990-04-01",
            "1990-04-01T23:30:00Z, 1990-04-01", "1990-04-01T23:30:00+05:30, 1990-04-01", "1990-04-01T00:30:00-08:00, 1990-04-01",
            "1990-04-01T23:30:00, 1990-04-01", "1990-04-01T23:30, 1990-04-01", "1990-04-01T23:30:00.123Z, 1990-04-01"})
    void aDateIsADayOrADateTimeWhoseDateIsKeptAsWritten(String raw, LocalDate day) {
        assertThat(ExtendedFieldValues.parse(DATE, raw)).contains(new FieldValue.Day(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "1990-13-01", "1990-04-31", "1990-4-1", "01/04/1990", "1990/04/01", "19900401",
            "1990-04-01 23:30:00", "1990-04-01T25:00:00", "1990-04-01T23:30:00+25:00", "1990-04", "today", "", " "})
    void anythingElseIsNoDate(String raw) {
        assertThat(ExtendedFieldValues.parse(DATE, raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pune", " Pune ", "", "  ", "42", "true", "line one\nline two"})
    void aStringIsKeptExactlyAsGiven(String raw) {
        assertThat(ExtendedFieldValues.parse(STRING, raw)).contains(new FieldValue.Text(raw));
    }

    @Test
    void aValueUpToTheFieldsMaximumLengthIsJudgedByItsType() {
        ExtendedFieldDefinition fleetSize = new ExtendedFieldDefinition("fleet_size", INTEGER, Option.of(3));

        assertThat(ExtendedFieldValues.judge(fleetSize, FieldInput.of("999"))).contains(new FieldValue.Whole(999));
        assertThat(ExtendedFieldValues.judge(fleetSize, FieldInput.of("1000"))).isEmpty();
    }

    @Test
    void theLengthIsThatOfTheValueAsGivenWhitespaceIncluded() {
        ExtendedFieldDefinition fleetSize = new ExtendedFieldDefinition("fleet_size", INTEGER, Option.of(3));

        assertThat(ExtendedFieldValues.judge(fleetSize, FieldInput.of(" 42 "))).isEmpty();
        assertThat(ExtendedFieldValues.judge(fleetSize, FieldInput.of(" 42"))).contains(new FieldValue.Whole(42));
    }

    @Test
    void withoutAMaximumAValueMayHaveOneThousandCharacters() {
        ExtendedFieldDefinition city = new ExtendedFieldDefinition("city", STRING, Option.none());

        assertThat(ExtendedFieldValues.judge(city, FieldInput.of("x".repeat(1000)))).contains(new FieldValue.Text("x".repeat(1000)));
        assertThat(ExtendedFieldValues.judge(city, FieldInput.of("x".repeat(1001)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"STRING, Pune", "INTEGER, 42", "DOUBLE, 2.5", "BOOLEAN, true", "DATE, 1990-04-01"})
    void aValueWithinItsLengthIsJudgedAsItsTypeReadsIt(ExtendedFieldType type, String fitting) {
        ExtendedFieldDefinition field = new ExtendedFieldDefinition("f", type, Option.none());

        assertThat(ExtendedFieldValues.judge(field, FieldInput.of(fitting))).isNotEmpty().isEqualTo(ExtendedFieldValues.parse(type, fitting));
    }
}

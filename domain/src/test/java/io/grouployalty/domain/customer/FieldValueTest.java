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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FieldValueTest {

    private static ExtendedFieldDefinition field(ExtendedFieldType type) {
        return new ExtendedFieldDefinition("f", type, Option.none());
    }

    private static Option<FieldValue> judged(ExtendedFieldType type, String given) {
        return ExtendedFieldValues.judge(field(type), FieldInput.of(given));
    }

    @Test
    void aWholeNumberIsSigned64BitAndNothingElse() {
        assertThat(judged(ExtendedFieldType.INTEGER, " 42 ")).contains(new FieldValue.Whole(42));
        assertThat(judged(ExtendedFieldType.INTEGER, "-9223372036854775808")).contains(new FieldValue.Whole(Long.MIN_VALUE));
        assertThat(judged(ExtendedFieldType.INTEGER, "9223372036854775808")).isEmpty();
        assertThat(judged(ExtendedFieldType.INTEGER, "4.5")).isEmpty();
        assertThat(judged(ExtendedFieldType.INTEGER, "42.0")).isEmpty();
        assertThat(judged(ExtendedFieldType.INTEGER, "٤٢")).isEmpty();
        assertThat(judged(ExtendedFieldType.INTEGER, "")).isEmpty();
    }

    @Test
    void aDoubleIsAFiniteDecimalNumber() {
        assertThat(judged(ExtendedFieldType.DOUBLE, "2.5")).contains(new FieldValue.Real(2.5));
        assertThat(judged(ExtendedFieldType.DOUBLE, "-1e3")).contains(new FieldValue.Real(-1000));
        assertThat(judged(ExtendedFieldType.DOUBLE, "7")).contains(new FieldValue.Real(7));
        assertThat(judged(ExtendedFieldType.DOUBLE, "1e400")).isEmpty();
        assertThat(judged(ExtendedFieldType.DOUBLE, "NaN")).isEmpty();
        assertThat(judged(ExtendedFieldType.DOUBLE, "0x1p3")).isEmpty();
        assertThat(judged(ExtendedFieldType.DOUBLE, "1.5d")).isEmpty();
    }

    @Test
    void aBooleanIsTrueOrFalseInAnyCase() {
        assertThat(judged(ExtendedFieldType.BOOLEAN, "TRUE")).contains(new FieldValue.Flag(true));
        assertThat(judged(ExtendedFieldType.BOOLEAN, "false")).contains(new FieldValue.Flag(false));
        assertThat(judged(ExtendedFieldType.BOOLEAN, "yes")).isEmpty();
    }

    @Test
    void aDateKeepsTheDateAsWrittenWhenGivenADateTime() {
        assertThat(judged(ExtendedFieldType.DATE, "1990-04-01")).contains(new FieldValue.Day(LocalDate.of(1990, 4, 1)));
        assertThat(judged(ExtendedFieldType.DATE, "1990-04-01T23:30:00-08:00")).contains(new FieldValue.Day(LocalDate.of(1990, 4, 1)));
        assertThat(judged(ExtendedFieldType.DATE, "1990-04-01T23:30:00")).contains(new FieldValue.Day(LocalDate.of(1990, 4, 1)));
        assertThat(judged(ExtendedFieldType.DATE, "")).isEmpty();
        assertThat(judged(ExtendedFieldType.DATE, "01/04/1990")).isEmpty();
    }

    @Test
    void aStringIsKeptAsGivenUpToItsMaximumLength() {
        ExtendedFieldDefinition shortText = new ExtendedFieldDefinition("code", ExtendedFieldType.STRING, Option.of(3));
        assertThat(ExtendedFieldValues.judge(shortText, FieldInput.of(" ab"))).contains(new FieldValue.Text(" ab"));
        assertThat(ExtendedFieldValues.judge(shortText, FieldInput.of("abcd"))).isEmpty();
        assertThat(judged(ExtendedFieldType.INTEGER, "1".repeat(1001))).isEmpty();
    }

    @Test
    void anObjectOrArrayFitsNoType() {
        for (ExtendedFieldType type : ExtendedFieldType.values()) {
            assertThat(ExtendedFieldValues.judge(field(type), FieldInput.structure())).isEmpty();
        }
    }

    @Test
    void aStoredValueIsReadAsTheCurrentDefinitionSaysWhenItParsesAndAsTextOtherwise() {
        assertThat(new FieldValue.Text("42").under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Whole(42));
        assertThat(new FieldValue.Text("2024-02-29").under(field(ExtendedFieldType.DATE))).isEqualTo(new FieldValue.Day(LocalDate.of(2024, 2, 29)));
        assertThat(new FieldValue.Text("many").under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Text("many"));
        assertThat(new FieldValue.Whole(42).under(field(ExtendedFieldType.STRING))).isEqualTo(new FieldValue.Text("42"));
        assertThat(new FieldValue.Whole(42).under(field(ExtendedFieldType.DOUBLE))).isEqualTo(new FieldValue.Real(42));
        assertThat(new FieldValue.Flag(true).under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Text("true"));
        assertThat(new FieldValue.Real(2.5).under(field(ExtendedFieldType.DOUBLE))).isEqualTo(new FieldValue.Real(2.5));
    }

    @Test
    void eachValueReadsAsTheTextAStringFieldWouldHold() {
        assertThat(new FieldValue.Text(" Pune ").text()).isEqualTo(" Pune ");
        assertThat(new FieldValue.Whole(-42).text()).isEqualTo("-42");
        assertThat(new FieldValue.Real(2.5).text()).isEqualTo("2.5");
        assertThat(new FieldValue.Flag(false).text()).isEqualTo("false");
        assertThat(new FieldValue.Day(LocalDate.of(1990, 4, 1)).text()).isEqualTo("1990-04-01");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aRealNumberIsFinite(double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldValue.Real(value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -2.5, 1e10, 1e-5, Double.MAX_VALUE, -Double.MIN_VALUE})
    void aRealNumberReadsBackUnderADoubleFieldAsItself(double value) {
        assertThat(new FieldValue.Real(value).under(field(ExtendedFieldType.DOUBLE))).isEqualTo(new FieldValue.Real(value));
    }

    @ParameterizedTest
    @CsvSource({"STRING, Pune", "INTEGER, 42", "DOUBLE, 2.5", "BOOLEAN, true", "DATE, 1990-04-01"})
    void anyValueReadsAsTextUnderAStringField(ExtendedFieldType storedAs, String given) {
        FieldValue stored = ExtendedFieldValues.parse(storedAs, given).get();

        assertThat(stored.under(field(ExtendedFieldType.STRING))).isEqualTo(new FieldValue.Text(stored.text()));
    }

    @Test
    void eachTypedValueReadsBackUnderItsOwnTypeAsItself() {
        assertThat(new FieldValue.Whole(Long.MIN_VALUE).under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Whole(Long.MIN_VALUE));
        assertThat(new FieldValue.Flag(false).under(field(ExtendedFieldType.BOOLEAN))).isEqualTo(new FieldValue.Flag(false));
        assertThat(new FieldValue.Day(LocalDate.of(1990, 4, 1)).under(field(ExtendedFieldType.DATE)))
                .isEqualTo(new FieldValue.Day(LocalDate.of(1990, 4, 1)));
    }

    @Test
    void aStoredValueThatNoLongerFitsItsRedefinedFieldIsKeptAsItsText() {
        assertThat(new FieldValue.Real(2.5).under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Text("2.5"));
        assertThat(new FieldValue.Real(2).under(field(ExtendedFieldType.INTEGER))).isEqualTo(new FieldValue.Text("2.0"));
        assertThat(new FieldValue.Whole(1).under(field(ExtendedFieldType.BOOLEAN))).isEqualTo(new FieldValue.Text("1"));
        assertThat(new FieldValue.Day(LocalDate.of(1990, 4, 1)).under(field(ExtendedFieldType.DOUBLE))).isEqualTo(new FieldValue.Text("1990-04-01"));
        assertThat(new FieldValue.Flag(true).under(field(ExtendedFieldType.DATE))).isEqualTo(new FieldValue.Text("true"));
    }

    @Test
    void storedTextIsReadLikeAGivenValueUnderItsCurrentType() {
        assertThat(new FieldValue.Text(" TRUE ").under(field(ExtendedFieldType.BOOLEAN))).isEqualTo(new FieldValue.Flag(true));
        assertThat(new FieldValue.Text("1990-04-01T23:30:00-08:00").under(field(ExtendedFieldType.DATE)))
                .isEqualTo(new FieldValue.Day(LocalDate.of(1990, 4, 1)));
        assertThat(new FieldValue.Text("NaN").under(field(ExtendedFieldType.DOUBLE))).isEqualTo(new FieldValue.Text("NaN"));
        assertThat(new FieldValue.Text(" Pune ").under(field(ExtendedFieldType.STRING))).isEqualTo(new FieldValue.Text(" Pune "));
    }

    @Test
    void readingUnderADefinitionIgnoresItsMaximumLength() {
        ExtendedFieldDefinition shortText = new ExtendedFieldDefinition("code", ExtendedFieldType.STRING, Option.of(3));

        assertThat(new FieldValue.Text("abcdef").under(shortText)).isEqualTo(new FieldValue.Text("abcdef"));
    }
}

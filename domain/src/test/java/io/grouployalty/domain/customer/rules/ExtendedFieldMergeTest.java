package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem.FieldInput;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.Warning;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static org.assertj.core.api.Assertions.assertThat;

class ExtendedFieldMergeTest {

    private final Customer tom = aStoredCustomer("915905000000")
            .withExtendedFields(LinkedHashMap.of("city", new FieldValue.Text("Delhi"), "fleet_size", new FieldValue.Whole(2)));

    static Stream<Arguments> valuesOfTheirFieldsType() {
        return Stream.of(
                Arguments.of("city", "Pune", new FieldValue.Text("Pune")),
                Arguments.of("gender", "FEMALE", new FieldValue.Text("FEMALE")),
                Arguments.of("fleet_size", "12", new FieldValue.Whole(12)),
                Arguments.of("fleet_size", "-9223372036854775808", new FieldValue.Whole(Long.MIN_VALUE)),
                Arguments.of("rating", "4.5", new FieldValue.Real(4.5)),
                Arguments.of("rating", "3", new FieldValue.Real(3)),
                Arguments.of("vip", "TRUE", new FieldValue.Flag(true)),
                Arguments.of("dob", "1990-02-03", new FieldValue.Day(LocalDate.of(1990, 2, 3))),
                Arguments.of("dob", "1990-02-03T23:30:00-05:00", new FieldValue.Day(LocalDate.of(1990, 2, 3))));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is {2}")
    @MethodSource("valuesOfTheirFieldsType")
    void aValueIsStoredAsItsFieldsTypeReadsIt(String field, String given, FieldValue stored) {
        Judged judged = merged(LinkedHashMap.of(field, FieldInput.of(given)));

        assertThat(judged.customer().extendedFields().get(field)).contains(stored);
        assertThat(judged.warnings().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is skipped with 91015")
    @CsvSource({"shoe, 9", "City, Pune", "gender, FEMALE_X", "fleet_size, 12.5", "fleet_size, 9223372036854775808", "fleet_size, ''",
            "rating, NaN", "rating, 1e999", "vip, yes", "dob, 1990-02-30", "dob, ''", "dob, tomorrow"})
    void aFieldTheOrgDoesNotDefineOrAValueItsTypeCannotReadIsSkippedWith91015(String field, String given) {
        Judged judged = merged(LinkedHashMap.of(field, FieldInput.of(given)));

        assertThat(judged.customer().extendedFields()).isEqualTo(tom.extendedFields());
        assertThat(judged.warnings().map(Warning::message).toJavaList()).containsExactly("Field " + field + " was not updated");
    }

    @Test
    void aValueLongerThanTheDefaultBoundOf1000IsSkipped() {
        assertThat(merged(LinkedHashMap.of("city", FieldInput.of("c".repeat(1000)))).warnings().isEmpty()).isTrue();
        assertThat(merged(LinkedHashMap.of("city", FieldInput.of("c".repeat(1001)))).warnings().map(Warning::code).toJavaList())
                .containsExactly(ErrorCode.FIELD_NOT_UPDATED);
    }

    @Test
    void anObjectOrArrayFitsNoTypeAndIsSkipped() {
        Judged judged = merged(LinkedHashMap.of("city", FieldInput.structure()));

        assertThat(judged.customer().extendedFields().get("city")).contains(new FieldValue.Text("Delhi"));
        assertThat(judged.warnings().map(Warning::code).toJavaList()).containsExactly(ErrorCode.FIELD_NOT_UPDATED);
    }

    @Test
    void fieldsMergeByKeyTheRestApplyingAndEachSkippedOneWarnedInOrder() {
        Judged judged = merged(LinkedHashMap.of("fleet_size", FieldInput.of("many"), "city", FieldInput.of("Pune"),
                "shoe", FieldInput.of("9"), "vip", FieldInput.of("false")));

        assertThat(judged.customer().extendedFields().toJavaMap()).containsOnly(
                java.util.Map.entry("city", new FieldValue.Text("Pune")), java.util.Map.entry("fleet_size", new FieldValue.Whole(2)),
                java.util.Map.entry("vip", new FieldValue.Flag(false)));
        assertThat(judged.warnings().map(Warning::message).toJavaList())
                .containsExactly("Field fleet_size was not updated", "Field shoe was not updated");
    }

    @Test
    void noExtendedFieldsLeaveTheJudgementAsItIs() {
        Judged before = Judged.found(anOrg().holding(tom).world(), tom, false);

        assertThat(ExtendedFieldMerge.judge(before, LinkedHashMap.empty())).isSameAs(before);
    }

    @Test
    void earlierWarningsStayAheadOfThisStepsOnes() {
        Judged warned = Judged.found(anOrg().holding(tom).world(), tom, false).warn(Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, "mobile"));

        Judged judged = ExtendedFieldMerge.judge(warned, LinkedHashMap.of("shoe", FieldInput.of("9")));

        assertThat(judged.warnings().map(Warning::code).toJavaList()).containsExactly(ErrorCode.UPDATE_NOT_ALLOWED, ErrorCode.FIELD_NOT_UPDATED);
    }

    private Judged merged(Map<String, FieldInput> given) {
        return ExtendedFieldMerge.judge(Judged.found(anOrg().holding(tom).world(), tom, false), given);
    }
}

package io.grouployalty.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDateTest {

    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);

    @Test
    void readsADateWithItsOwnOffsetAndOneWithoutInTheOrgsTimeZone() {
        assertThat(RequestDate.parse("2016-06-23T19:11:18+08:00", INDIA)).contains(Instant.parse("2016-06-23T11:11:18Z"));
        assertThat(RequestDate.parse("2016-06-23T11:11:18Z", INDIA)).contains(Instant.parse("2016-06-23T11:11:18Z"));
        assertThat(RequestDate.parse("2016-06-23T16:41:18", INDIA)).contains(Instant.parse("2016-06-23T11:11:18Z"));
        assertThat(RequestDate.parse("2016-06-23", INDIA)).contains(Instant.parse("2016-06-22T18:30:00Z"));
    }

    @Test
    void anEmptyTextOrAnImpossibleDayIsNoDate() {
        assertThat(RequestDate.isDate("")).isFalse();
        assertThat(RequestDate.isDate("  ")).isFalse();
        assertThat(RequestDate.isDate("yesterday")).isFalse();
        assertThat(RequestDate.isDate("2031-02-30T10:00:00Z")).isFalse();
        assertThat(RequestDate.isDate("31/12/2031")).isFalse();
        assertThat(RequestDate.isDate("2031-02-28T10:00:00Z")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2016-06-23T19:11:18+08:00, 2016-06-23T11:11:18Z", "2016-06-23T03:11:18-08:00, 2016-06-23T11:11:18Z",
            "2016-06-23T11:11:18+00:00, 2016-06-23T11:11:18Z", "2016-06-23T11:11:18.250Z, 2016-06-23T11:11:18.250Z",
            "2016-06-23T11:11Z, 2016-06-23T11:11:00Z"})
    void aDateWithAnOffsetIsReadInItsOwnOffsetWhateverTheOrgs(String text, Instant instant) {
        assertThat(RequestDate.parse(text, INDIA)).contains(instant);
        assertThat(RequestDate.parse(text, ZoneOffset.UTC)).contains(instant);
    }

    @Test
    void aDateTimeWithoutOffsetMayLeaveOutTheSeconds() {
        assertThat(RequestDate.parse("2016-06-23T16:41", INDIA)).contains(Instant.parse("2016-06-23T11:11:00Z"));
    }

    @Test
    void aBareDateIsTheStartOfThatDayInTheOrgsTimeZone() {
        assertThat(RequestDate.parse("2016-06-23", ZoneOffset.UTC)).contains(Instant.parse("2016-06-23T00:00:00Z"));
        assertThat(RequestDate.parse("2016-06-23", ZoneOffset.ofHours(-8))).contains(Instant.parse("2016-06-23T08:00:00Z"));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(RequestDate.parse("  2016-06-23T11:11:18Z\t", INDIA)).contains(Instant.parse("2016-06-23T11:11:18Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-01", "2016-06-31", "2015-02-29", "2016-06-23T24:00:00", "2016-06-23T11:60:00Z",
            "2016-06-23 11:11:18", "23-06-2016", "2016-06-23T11:11:18+19:00", "1466680278", "2016-W25", "2016-06"})
    void anythingButAnIsoDateOrDateTimeIsNoDate(String text) {
        assertThat(RequestDate.parse(text, INDIA)).isEmpty();
        assertThat(RequestDate.isDate(text)).isFalse();
    }

    @Test
    void whetherATextIsADateDoesNotDependOnTheTimeZone() {
        assertThat(RequestDate.isDate("2016-06-23")).isTrue();
        assertThat(RequestDate.isDate("2016-06-23T16:41:18")).isTrue();
        assertThat(RequestDate.isDate("2016-06-23T19:11:18+08:00")).isTrue();
    }
}

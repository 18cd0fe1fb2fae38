package io.grouployalty.domain;

import org.junit.jupiter.api.Test;

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
}

package dev.sitehub.cloud.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quiet-hours boundaries with fixed instants in the site's time zone. */
class QuietCalendarTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1); // a Thursday
  private static final QuietCalendar CALENDAR =
      QuietCalendar.parse(
          "MON-FRI 12:00-14:00; MON-SUN 18:00-08:00; SAT,SUN 00:00-24:00", Set.of(NATIONAL_DAY));

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void isQuiet_lunchBoundary_1159IsWorkAnd1200IsQuiet() {
    assertThat(CALENDAR.isQuiet(local("2026-11-02T11:59:59"), SHANGHAI)).isFalse();
    assertThat(CALENDAR.isQuiet(local("2026-11-02T12:00:00"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-11-02T13:59:59"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-11-02T14:00:00"), SHANGHAI)).isFalse();
  }

  @Test
  void isQuiet_saturdayVersusMonday_weekendQuietAllDay() {
    assertThat(CALENDAR.isQuiet(local("2026-11-07T10:00:00"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-11-09T10:00:00"), SHANGHAI)).isFalse();
  }

  @Test
  void isQuiet_configuredHoliday_quietAllDay() {
    assertThat(CALENDAR.isQuiet(local("2026-10-01T10:00:00"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-10-08T10:00:00"), SHANGHAI)).isFalse();
  }

  @Test
  void isQuiet_overnightWindow_coversEveningAndNextMorning() {
    assertThat(CALENDAR.isQuiet(local("2026-11-03T18:00:00"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-11-04T07:59:00"), SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(local("2026-11-04T08:00:00"), SHANGHAI)).isFalse();
  }

  @Test
  void isQuiet_sameInstantOtherZone_usesSiteLocalTime() {
    // 19:00 Monday in Shanghai is 11:00 Monday in London: quiet for the Shanghai site only.
    Instant evening = local("2026-11-02T19:00:00");
    assertThat(CALENDAR.isQuiet(evening, SHANGHAI)).isTrue();
    assertThat(CALENDAR.isQuiet(evening, ZoneId.of("Europe/London"))).isFalse();
  }

  @Test
  void isWorkingDay_weekendAndHoliday_false() {
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 2))).isTrue();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
    assertThat(CALENDAR.isWorkingDay(NATIONAL_DAY)).isFalse();
  }

  @Test
  void parse_badSpec_namesTheBadPart() {
    assertThatThrownBy(() -> QuietCalendar.parse("MON-FRI 12:00", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MON-FRI 12:00");
    assertThatThrownBy(() -> QuietCalendar.parse("XYZ 12:00-14:00", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown day 'XYZ'");
    assertThatThrownBy(() -> QuietCalendar.parse("MON 25:00-26:00", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad time");
  }
}

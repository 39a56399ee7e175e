package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The TimescaleDB layout's choice of aggregate and the edges of its whole-bucket span, which need
 * no database; its answers are {@link TelemetryStorageContract}'s.
 */
class TimescaleStorageTest {
  @Test
  void aggregateFor_widths_coarsestAggregateThatDividesOrNone() {
    assertThat(view(Duration.ofMinutes(1))).isEqualTo("reading_agg_1m");
    assertThat(view(Duration.ofMinutes(90))).isEqualTo("reading_agg_1m");
    assertThat(view(Duration.ofHours(1))).isEqualTo("reading_agg_1h");
    assertThat(view(Duration.ofHours(6))).isEqualTo("reading_agg_1h");
    assertThat(view(Duration.ofDays(7))).isEqualTo("reading_agg_1h");
    assertThat(TimescaleStorage.aggregateFor(Duration.ofSeconds(30))).isNull();
    assertThat(TimescaleStorage.aggregateFor(Duration.ofSeconds(90))).isNull();
  }

  @Test
  void ceilAndFloor_unalignedAndAligned_wholeWidthsFromMidnight() {
    Instant t = Instant.parse("2026-12-07T10:17:42.250Z");
    Duration h = Duration.ofHours(1);
    assertThat(TimescaleStorage.floor(t, h)).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(TimescaleStorage.ceil(t, h)).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
    Instant aligned = Instant.parse("2026-12-07T10:17:00Z");
    assertThat(TimescaleStorage.ceil(aligned, Duration.ofMinutes(1))).isEqualTo(aligned);
    assertThat(TimescaleStorage.floor(Instant.parse("1999-12-31T23:59:59Z"), h))
        .isEqualTo(Instant.parse("1999-12-31T23:00:00Z"));
  }

  private static String view(Duration width) {
    return TimescaleStorage.aggregateFor(width).view();
  }
}

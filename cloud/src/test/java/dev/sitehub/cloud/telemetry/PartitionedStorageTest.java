package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verifies what only the native layout has: partitions created ahead and on demand, dropped by age,
 * with UTC bounds. Its answers are {@link TelemetryStorageContract}'s.
 */
@QuarkusTest
class PartitionedStorageTest {
  @Inject AgroalDataSource ds;
  @Inject StorageConfig config;
  @Inject TelemetryStorage storage;

  @BeforeEach
  void plainLayoutOnly() {
    assumeFalse(
        StorageSelector.timescaleInstalled(ds),
        "daily partitions belong to the plain layout; TimescaleDB makes chunks itself");
  }

  @Test
  void selector_withoutTimescale_picksPartitionedLayout() {
    assertThat(storage.layout()).isEqualTo("partitioned");
  }

  @Test
  void maintain_now_createsTodayAndDaysAhead() throws Exception {
    PartitionedStorage s = new PartitionedStorage(ds, config);
    Instant now = Instant.now();
    s.maintain(now);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<String> parts = s.partitions();
    for (int i = 0; i <= config.partitionsAhead(); i++) {
      assertThat(parts).contains(name(today.plusDays(i)));
    }
  }

  @Test
  void maintain_partitionOlderThanRetention_droppedAndRecentKept() throws Exception {
    PartitionedStorage s = new PartitionedStorage(ds, config);
    Instant now = Instant.now();
    LocalDate old = LocalDate.ofInstant(now.minus(config.retention()), ZoneOffset.UTC).minusDays(3);
    LocalDate recent = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    try (Connection c = ds.getConnection()) {
      s.prepareDays(c, List.of(old, recent));
    }
    assertThat(s.partitions()).contains(name(old), name(recent));

    List<String> dropped = s.maintain(now);

    assertThat(dropped).contains(name(old));
    assertThat(s.partitions()).doesNotContain(name(old)).contains(name(recent));
  }

  @Test
  void partitionBounds_areUtcDays_regardlessOfSessionZone() throws Exception {
    PartitionedStorage s = new PartitionedStorage(ds, config);
    LocalDate day = LocalDate.of(2031, 5, 17);
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute("SET TIME ZONE 'Asia/Shanghai'");
      s.prepareDays(c, List.of(day));
      var rs =
          c.createStatement()
              .executeQuery(
                  "SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = '"
                      + name(day)
                      + "'");
      rs.next();
      assertThat(rs.getString(1))
          .contains("2031-05-17 08:00:00+08")
          .contains("2031-05-18 08:00:00+08");
      c.createStatement().execute("DROP TABLE " + name(day));
      c.createStatement().execute("RESET TIME ZONE");
    }
  }

  private static String name(LocalDate d) {
    return PartitionedStorage.PREFIX + DateTimeFormatter.BASIC_ISO_DATE.format(d);
  }
}

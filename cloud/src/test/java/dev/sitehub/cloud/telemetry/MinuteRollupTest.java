package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitehub.cloud.Db;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Verifies that bucket queries answered from the 1-minute rollup equal the same aggregation over
 * raw rows, with late, duplicate and concurrent writes, for aligned and unaligned ranges.
 */
@QuarkusTest
class MinuteRollupTest {
  private static final List<Duration> WIDTHS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofDays(1));

  @Inject AgroalDataSource ds;
  @Inject StorageConfig config;
  @Inject TelemetryWriter writer;
  @Inject Db db;

  @Test
  void buckets_lateDuplicateAndSplitWrites_equalRawAggregation() throws Exception {
    String site = "roll-" + UUID.randomUUID();
    String devA = "ra-" + UUID.randomUUID();
    String devB = "rb-" + UUID.randomUUID();
    Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(30));

    writer.write(List.of(telemetry(site, devA, 1, base, 0, 40)));
    writer.write(List.of(telemetry(site, devA, 2, base, 40, 40)));
    // Redelivery of seq 2 (outbox replay after a lost PUBACK): stored once, rolled up once.
    WriteResult dup = writer.write(List.of(telemetry(site, devA, 2, base, 40, 40)));
    assertThat(dup.duplicates()).isEqualTo(1);
    // Seq 4 before seq 3; seq 3's readings land in minutes the rollup already holds, some of them
    // newer than that minute's current last reading.
    writer.write(List.of(telemetry(site, devA, 4, base, 120, 40)));
    writer.write(List.of(telemetry(site, devA, 3, base.plusSeconds(7), 0, 80)));
    // A second device reporting the same sensor id of the same site joins the same series.
    writer.write(
        List.of(
            telemetry(site, devB, 1, base.plusMillis(3005), 0, 60),
            telemetry(site, devB, 1, base.plusMillis(3005), 0, 60)));

    PartitionedStorage storage = new PartitionedStorage(ds, config);
    long stored =
        db.count(
            "SELECT count(*) FROM reading WHERE site_id = ? AND sensor_id = 'temp1'"
                + " AND kind = 'temperature'",
            site);
    assertThat(stored).isEqualTo(40 + 40 + 40 + 80 + 60);
    long rolled =
        db.count(
            "SELECT sum(n) FROM reading_rollup_1m WHERE site_id = ? AND sensor_id = 'temp1'"
                + " AND kind = 'temperature'",
            site);
    assertThat(rolled).isEqualTo(stored);

    Instant[][] ranges = {
      {base.minus(Duration.ofHours(1)), base.plus(Duration.ofHours(5))},
      {base.plusMillis(17_500), base.plus(Duration.ofMinutes(150)).plusSeconds(42)},
      {base.plusSeconds(61), base.plusSeconds(119)}
    };
    for (Instant[] r : ranges) {
      for (Duration w : WIDTHS) {
        for (String kind : List.of("temperature", "humidity")) {
          assertSame(
              storage.rawBuckets(site, "temp1", kind, r[0], r[1], w),
              storage.buckets(site, "temp1", kind, r[0], r[1], w));
        }
      }
    }
    // Readings span 0 to 244 s after base: five minutes.
    assertThat(storage.buckets(site, "temp1", "temperature", base, base.plusSeconds(3600), w1()))
        .hasSize(5);
  }

  @Test
  void rollUp_concurrentWritersOnSameMinutes_countEveryReadingOnce() throws Exception {
    String site = "rollc-" + UUID.randomUUID();
    Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
    PartitionedStorage storage = new PartitionedStorage(ds, config);
    // Concurrent first writes of a day race to create its partition; the pipeline retries that,
    // this test calls the writer directly.
    try (Connection c = ds.getConnection()) {
      storage.prepareDays(
          c, List.of(LocalDate.ofInstant(base, ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        String dev = "rc" + w + "-" + UUID.randomUUID();
        Instant start = base.plusMillis(w);
        done.add(
            pool.submit(
                () -> {
                  for (int seq = 1; seq <= 8; seq++) {
                    writer.write(List.of(telemetry(site, dev, seq, start, 0, 30)));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Instant to = base.plus(Duration.ofHours(1));
    List<BucketPoint> rolled = storage.buckets(site, "temp1", "temperature", base, to, w1());
    assertSame(storage.rawBuckets(site, "temp1", "temperature", base, to, w1()), rolled);
    assertThat(rolled.stream().mapToLong(BucketPoint::count).sum()).isEqualTo(3 * 8 * 30);
  }

  @Test
  void maintain_rollupMinutesOlderThanRetention_deletedWithTheirPartitions() throws Exception {
    String site = "rollr-" + UUID.randomUUID();
    Instant now = Instant.now();
    Instant old = now.minus(config.retention()).minus(Duration.ofDays(2));
    Instant recent = now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO reading_rollup_1m VALUES (?, 's', 'temperature', ?, 1, 1, 1, 1, ?, 1)")) {
      for (Instant t : List.of(old.truncatedTo(ChronoUnit.MINUTES), recent)) {
        ps.setString(1, site);
        ps.setTimestamp(2, Timestamp.from(t));
        ps.setTimestamp(3, Timestamp.from(t));
        ps.executeUpdate();
      }
    }

    new PartitionedStorage(ds, config).maintain(now);

    assertThat(db.count("SELECT count(*) FROM reading_rollup_1m WHERE site_id = ?", site))
        .isEqualTo(1);
    assertThat(
            db.count(
                "SELECT count(*) FROM reading_rollup_1m WHERE site_id = ? AND bucket = ?",
                site,
                Timestamp.from(recent)))
        .isEqualTo(1);
  }

  @Test
  void serves_onlyWholeMinuteWidths() {
    assertThat(MinuteRollup.serves(Duration.ofMinutes(1))).isTrue();
    assertThat(MinuteRollup.serves(Duration.ofHours(1))).isTrue();
    assertThat(MinuteRollup.serves(Duration.ofSeconds(30))).isFalse();
    assertThat(MinuteRollup.serves(Duration.ofSeconds(90))).isFalse();
  }

  private static Duration w1() {
    return Duration.ofMinutes(1);
  }

  /**
   * {@code n} readings each of temperature and humidity, one every 3 s from {@code start + offset
   * s}, with values that differ per seq and reading so that min, max and last are all telling.
   */
  private static Accepted.Telemetry telemetry(
      String site, String device, long seq, Instant start, int offsetSeconds, int n) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // The seq's own milliseconds keep every timestamp unique: "last" of a tie is arbitrary.
      Instant ts = start.plusSeconds(offsetSeconds + 3L * i).plusMillis(seq * 10);
      double v = 20 + ((seq * 37 + i * 13) % 50) / 4.0;
      readings.add(Reading.of("temp1", SensorKind.TEMPERATURE, ts, v));
      readings.add(Reading.of("temp1", SensorKind.HUMIDITY, ts, 100 - v));
    }
    return new Accepted.Telemetry(site, new TelemetryBatch(device, seq, start, readings));
  }

  private static void assertSame(List<BucketPoint> raw, List<BucketPoint> rolled) {
    assertThat(rolled).hasSameSizeAs(raw);
    for (int i = 0; i < raw.size(); i++) {
      BucketPoint e = raw.get(i);
      BucketPoint a = rolled.get(i);
      assertThat(a.bucket()).isEqualTo(e.bucket());
      assertThat(a.count()).isEqualTo(e.count());
      assertThat(a.min()).isEqualTo(e.min());
      assertThat(a.max()).isEqualTo(e.max());
      assertThat(a.last()).isEqualTo(e.last());
      assertThat(a.avg()).isCloseTo(e.avg(), within(1e-9));
    }
  }
}

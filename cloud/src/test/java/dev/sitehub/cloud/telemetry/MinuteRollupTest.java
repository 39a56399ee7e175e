package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.sitehub.cloud.Db;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plain layout's 1-minute rollup under the writes that could miscount it: redelivered, out of
 * order and concurrent batches. That its answers equal raw aggregation for every range, width, late
 * write and retention is {@link TelemetryStorageContract}'s job.
 */
@QuarkusTest
class MinuteRollupTest {
  @Inject AgroalDataSource ds;
  @Inject StorageConfig config;
  @Inject TelemetryWriter writer;
  @Inject Db db;

  @BeforeEach
  void plainLayoutOnly() {
    assumeFalse(
        StorageSelector.timescaleInstalled(ds),
        "the 1-minute rollup belongs to the plain layout; TimescaleDB aggregates continuously");
  }

  @Test
  void rollUp_lateDuplicateAndSplitWrites_everyStoredReadingCountedOnce() throws Exception {
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

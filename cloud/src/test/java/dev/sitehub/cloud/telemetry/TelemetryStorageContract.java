package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What every reading-table layout must answer: bucket queries equal to the same aggregation
 * computed here, in Java, from the raw rows the database holds, for unaligned ranges, several
 * devices on one sensor (ties included), late data, retention and every bucket width. Each subclass
 * supplies one layout; {@link StorageContractTest} runs it on whatever layout the application
 * picked, {@link TimescaleStorageContractTest} on TimescaleDB.
 *
 * <p>The rules both layouts follow: buckets start at multiples of the width from 2000-01-01T00:00Z;
 * a bucket holds the readings of [from, to) only, so the first and last buckets of an unaligned
 * range are partial, labelled by their start; "last" is the reading with the latest time, ties
 * broken by the greatest device id (by code point), then the greatest value.
 */
abstract class TelemetryStorageContract {
  static final Instant ORIGIN = Instant.parse("2000-01-01T00:00:00Z");

  static final List<Duration> WIDTHS =
      List.of(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofSeconds(90),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofMinutes(90),
          Duration.ofHours(6),
          Duration.ofDays(1),
          Duration.ofDays(7));

  private static final List<String> KINDS = List.of("temperature", "humidity");
  private static final String SENSOR = "temp1";

  abstract DataSource db();

  abstract TelemetryStorage storage();

  abstract StorageConfig config();

  private final Random random = new Random(20);
  private final Map<String, Long> seqs = new TreeMap<>();

  @Test
  void buckets_unalignedRangesSeveralDevicesEveryWidth_equalRawAggregation() throws Exception {
    String site = "contract-" + UUID.randomUUID();
    List<String> devices = devices();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant start = now.minus(Duration.ofHours(30)).minusMillis(4321);
    for (String device : devices) {
      write(site, device, start, now, 45);
    }
    storage().maintain(now);

    assertEveryAnswer(
        site,
        List.of(
            range(now.minus(Duration.ofDays(1)), now), // the API's default range
            range(start.minusSeconds(3600), now.plusSeconds(60)),
            range(start.plusMillis(17_500), start.plus(Duration.ofMinutes(150)).plusSeconds(42)),
            range(start.plusSeconds(61), start.plusSeconds(119)),
            range(now.minus(Duration.ofHours(7)).plusMillis(1), now.minusSeconds(1))));
  }

  @Test
  void buckets_lateDataOlderThanADay_reachAggregatesAndEqualRaw() throws Exception {
    String site = "contract-late-" + UUID.randomUUID();
    List<String> devices = devices();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant twoDaysAgo = now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    for (String device : devices) {
      write(site, device, twoDaysAgo, twoDaysAgo.plus(Duration.ofHours(6)), 60);
    }
    storage().maintain(now);
    List<Range> ranges =
        List.of(
            range(twoDaysAgo.minusSeconds(1), twoDaysAgo.plus(Duration.ofHours(7))),
            range(
                twoDaysAgo.plus(Duration.ofMinutes(7)).plusMillis(250),
                twoDaysAgo.plus(Duration.ofHours(5)).plusSeconds(13)));
    assertEveryAnswer(site, ranges);

    // An outbox replay after a two-day outage: readings into hours and minutes already aggregated,
    // some of them the new last of their bucket, some tied with another device.
    for (String device : devices) {
      write(site, device, twoDaysAgo.plusMillis(1_500), twoDaysAgo.plus(Duration.ofHours(6)), 37);
    }
    storage().maintain(now);

    assertEveryAnswer(site, ranges);
  }

  @Test
  void buckets_readingsOlderThanRetention_goneFromEveryAnswer() throws Exception {
    String site = "contract-retention-" + UUID.randomUUID();
    List<String> devices = devices();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant old = now.minus(config().retention()).minus(Duration.ofDays(3));
    Instant recent = now.minus(Duration.ofHours(3));
    for (String device : devices) {
      write(site, device, old, old.plus(Duration.ofHours(2)), 120);
      write(site, device, recent, recent.plus(Duration.ofHours(2)), 120);
    }
    Range both = range(old.minus(Duration.ofDays(1)), now);
    assertThat(rawRows(site, "temperature", both)).isNotEmpty();

    storage().maintain(now);

    Range oldDays = range(old.minus(Duration.ofDays(1)), old.plus(Duration.ofDays(1)));
    assertThat(rawRows(site, "temperature", oldDays)).isEmpty();
    for (Duration w : WIDTHS) {
      assertThat(buckets(site, "temperature", oldDays, w)).as("width %s", w).isEmpty();
    }
    assertEveryAnswer(site, List.of(both, range(recent.minusMillis(1), now)));
  }

  @Test
  void buckets_tieAcrossDevices_lastIsGreatestDeviceIdByCodePoint() throws Exception {
    String site = "contract-tie-" + UUID.randomUUID();
    Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    // "Z" sorts before "a" by code point, after it in most locales' collations.
    String upper = "Z" + suffix;
    String lower = "a" + suffix;
    writeOne(site, lower, t.plusSeconds(20), 1.0);
    writeOne(site, upper, t.plusSeconds(20), 2.0);
    writeOne(site, upper, t.plusSeconds(10), 3.0);
    storage().maintain(Instant.now());

    for (Duration w : List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(30))) {
      List<BucketPoint> b =
          buckets(site, "temperature", range(t.minus(Duration.ofHours(1)), t.plusSeconds(60)), w);
      assertThat(b).as("width %s", w).hasSize(1);
      assertThat(b.get(0).last()).as("width %s", w).isEqualTo(1.0);
      assertThat(b.get(0).count()).isEqualTo(3);
    }
  }

  @Test
  void buckets_sevenDays_startOnSaturdayFromTheSharedOrigin() throws Exception {
    String site = "contract-week-" + UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant t = now.minus(Duration.ofDays(2));
    writeOne(site, "dev-" + UUID.randomUUID(), t, 5.0);
    storage().maintain(now);

    List<BucketPoint> b =
        buckets(site, "temperature", range(t.minus(Duration.ofDays(8)), now), Duration.ofDays(7));

    assertThat(b).hasSize(1);
    Instant start = b.get(0).bucket();
    assertThat(Duration.between(ORIGIN, start).toDays() % 7).isZero();
    assertThat(start.atZone(java.time.ZoneOffset.UTC).getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.SATURDAY);
    assertThat(start).isBeforeOrEqualTo(t).isAfter(t.minus(Duration.ofDays(7)));
  }

  /** Three devices reporting one sensor id; their first letters sort differently by locale. */
  private static List<String> devices() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return List.of("Z" + suffix, "a" + suffix, "b" + suffix);
  }

  /**
   * Readings of both kinds from one device over [from, to), about one every {@code meanGapSeconds}
   * at irregular gaps, in batches; each timestamp lands on a whole 10 ms, so the three devices
   * often share one (ties).
   */
  private void write(String site, String device, Instant from, Instant to, int meanGapSeconds)
      throws Exception {
    List<Reading> readings = new ArrayList<>();
    Instant t = from;
    while (t.isBefore(to)) {
      double v = Math.round(random.nextGaussian() * 500) / 100.0 + 20;
      readings.add(Reading.of(SENSOR, SensorKind.TEMPERATURE, t, v));
      readings.add(Reading.of(SENSOR, SensorKind.HUMIDITY, t, 100 - v));
      if (readings.size() >= 200) {
        send(site, device, readings);
        readings = new ArrayList<>();
      }
      long gapMs = 1 + random.nextInt(meanGapSeconds * 2000);
      t = t.plusMillis(gapMs - gapMs % 10);
    }
    if (!readings.isEmpty()) {
      send(site, device, readings);
    }
  }

  private void writeOne(String site, String device, Instant ts, double value) throws Exception {
    send(site, device, List.of(Reading.of(SENSOR, SensorKind.TEMPERATURE, ts, value)));
  }

  private void send(String site, String device, List<Reading> readings) throws Exception {
    long seq = seqs.merge(device, 1L, Long::sum);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    new TelemetryWriter(db(), storage(), json, Clock.systemUTC())
        .write(
            List.of(
                new Accepted.Telemetry(
                    site, new TelemetryBatch(device, seq, readings.get(0).ts(), readings))));
  }

  private void assertEveryAnswer(String site, List<Range> ranges) throws Exception {
    for (String kind : KINDS) {
      for (Range r : ranges) {
        List<Row> rows = rawRows(site, kind, r);
        assertThat(rows).as("test data in %s", r).isNotEmpty();
        for (Duration w : WIDTHS) {
          assertSame(expected(rows, w), buckets(site, kind, r, w), storage().layout(), kind, r, w);
        }
      }
    }
  }

  private List<BucketPoint> buckets(String site, String kind, Range r, Duration w)
      throws Exception {
    return storage().buckets(site, SENSOR, kind, r.from(), r.to(), w);
  }

  /** The reference: the bucket rules applied in Java to the raw rows of [from, to). */
  static List<BucketPoint> expected(List<Row> rows, Duration width) {
    Comparator<Row> lastOrder =
        Comparator.comparing(Row::ts)
            .thenComparing(Row::device, BucketQueries::compareDevices)
            .thenComparingDouble(Row::value);
    Map<Instant, List<Row>> byBucket = new TreeMap<>();
    long w = width.toNanos();
    for (Row row : rows) {
      long since = Duration.between(ORIGIN, row.ts()).toNanos();
      Instant bucket = ORIGIN.plusNanos(Math.floorDiv(since, w) * w);
      byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(row);
    }
    List<BucketPoint> out = new ArrayList<>();
    byBucket.forEach(
        (bucket, in) -> {
          double sum = 0;
          double min = Double.POSITIVE_INFINITY;
          double max = Double.NEGATIVE_INFINITY;
          for (Row row : in) {
            sum += row.value();
            min = Math.min(min, row.value());
            max = Math.max(max, row.value());
          }
          Row last = in.stream().max(lastOrder).orElseThrow();
          out.add(new BucketPoint(bucket, sum / in.size(), min, max, last.value(), in.size()));
        });
    return out;
  }

  private List<Row> rawRows(String site, String kind, Range r) throws Exception {
    try (Connection c = db().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT ts, device_id, value FROM reading WHERE site_id = ? AND sensor_id = ?"
                    + " AND kind = ? AND ts >= ? AND ts < ?")) {
      ps.setString(1, site);
      ps.setString(2, SENSOR);
      ps.setString(3, kind);
      ps.setTimestamp(4, Timestamp.from(r.from()));
      ps.setTimestamp(5, Timestamp.from(r.to()));
      List<Row> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Row(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDouble(3)));
        }
      }
      return out;
    }
  }

  private static void assertSame(
      List<BucketPoint> expected,
      List<BucketPoint> actual,
      String layout,
      String kind,
      Range r,
      Duration w) {
    String what = layout + " " + kind + " " + r + " width " + w;
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      BucketPoint e = expected.get(i);
      BucketPoint a = actual.get(i);
      String at = what + " bucket " + e.bucket();
      assertThat(a.bucket()).as(at).isEqualTo(e.bucket());
      assertThat(a.count()).as(at).isEqualTo(e.count());
      assertThat(a.min()).as(at).isEqualTo(e.min());
      assertThat(a.max()).as(at).isEqualTo(e.max());
      assertThat(a.last()).as(at + " last").isEqualTo(e.last());
      assertThat(a.avg()).as(at).isCloseTo(e.avg(), within(1e-9));
    }
  }

  private static Range range(Instant from, Instant to) {
    return new Range(from, to);
  }

  record Range(Instant from, Instant to) {}

  record Row(Instant ts, String device, double value) {}
}

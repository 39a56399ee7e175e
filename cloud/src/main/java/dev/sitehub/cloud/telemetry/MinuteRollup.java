package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.message.Reading;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain-PostgreSQL 1-minute rollup ({@code reading_rollup_1m}): added to in the writer's
 * transaction, read by bucket queries whose width is a whole number of minutes.
 */
final class MinuteRollup {
  static final Duration MINUTE = Duration.ofMinutes(1);

  // The rollup's last reading changes only to one that sorts later by BucketQueries.LAST_ORDER.
  private static final String UPSERT =
      "INSERT INTO reading_rollup_1m AS r (site_id, sensor_id, kind, bucket, n, sum, min, max,"
          + " last_ts, last_device, last_value) SELECT * FROM unnest(?::text[], ?::text[],"
          + " ?::text[], ?::timestamptz[], ?::bigint[], ?::float8[], ?::float8[], ?::float8[],"
          + " ?::timestamptz[], ?::text[], ?::float8[])"
          + " ON CONFLICT (site_id, sensor_id, kind, bucket) DO UPDATE SET n = r.n + EXCLUDED.n,"
          + " sum = r.sum + EXCLUDED.sum, min = least(r.min, EXCLUDED.min),"
          + " max = greatest(r.max, EXCLUDED.max),"
          + " last_value = CASE WHEN (EXCLUDED.last_ts,"
          + " EXCLUDED.last_device COLLATE \"C\", EXCLUDED.last_value)"
          + " > (r.last_ts, r.last_device COLLATE \"C\", r.last_value) THEN EXCLUDED.last_value"
          + " ELSE r.last_value END,"
          + " last_device = CASE WHEN (EXCLUDED.last_ts,"
          + " EXCLUDED.last_device COLLATE \"C\", EXCLUDED.last_value)"
          + " > (r.last_ts, r.last_device COLLATE \"C\", r.last_value) THEN EXCLUDED.last_device"
          + " ELSE r.last_device END,"
          + " last_ts = greatest(r.last_ts, EXCLUDED.last_ts)";

  // Edge minutes of an unaligned range come from raw rows, so the answer equals the raw query's.
  private static final String BUCKETS =
      "SELECT date_bin(?::interval, m, "
          + BucketQueries.ORIGIN
          + ") AS b, sum(s) / sum(n)::float8, min(lo), max(hi),"
          + " (array_agg(lv ORDER BY lt DESC, ld COLLATE \"C\" DESC, lv DESC))[1], sum(n)::bigint FROM ("
          + " SELECT bucket AS m, n, sum AS s, min AS lo, max AS hi, last_ts AS lt,"
          + " last_device AS ld, last_value AS lv"
          + " FROM reading_rollup_1m WHERE site_id = ? AND sensor_id = ? AND kind = ?"
          + " AND bucket >= ? AND bucket < ?"
          + " UNION ALL SELECT ts, 1, value, value, value, ts, device_id, value FROM reading"
          + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ? AND ts < ?"
          + " UNION ALL SELECT ts, 1, value, value, value, ts, device_id, value FROM reading"
          + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ? AND ts < ?"
          + ") p GROUP BY b ORDER BY b";

  // One-minute buckets need no regrouping: the whole minutes are rollup rows as they are, read in
  // primary-key order so the database never sorts them, and the partial minutes at either end are
  // buckets of their own (they never overlap a rollup row), read from raw rows and put before and
  // after. One UNION with ORDER BY cost a sort of every row, spilling to disk at 30 days.
  private static final String WHOLE_MINUTES =
      "SELECT bucket, sum / n, min, max, last_value, n FROM reading_rollup_1m"
          + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND bucket >= ? AND bucket < ?"
          + " ORDER BY bucket";
  private static final String PARTIAL_MINUTE =
      "SELECT min(ts), avg(value), min(value), max(value), "
          + BucketQueries.LAST_VALUE
          + ", count(*) FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = ?"
          + " AND ts >= ? AND ts < ? HAVING count(*) > 0";

  private MinuteRollup() {}

  /** True when buckets of this width are unions of whole rollup minutes. */
  static boolean serves(Duration bucket) {
    return bucket.compareTo(MINUTE) >= 0 && bucket.toNanos() % MINUTE.toNanos() == 0;
  }

  /**
   * Adds freshly stored readings (never duplicates: the caller passes only batches that won the
   * dedupe). Cells are sorted so that concurrent writers lock shared rows in the same order.
   */
  static void add(Connection c, List<Accepted.Telemetry> batches) throws SQLException {
    Map<Cell, Agg> cells = new TreeMap<>();
    for (Accepted.Telemetry t : batches) {
      for (Reading r : t.batch().readings()) {
        Cell k =
            new Cell(
                t.siteId(),
                r.sensorId(),
                r.kind().wireName(),
                r.ts().truncatedTo(ChronoUnit.MINUTES).getEpochSecond());
        cells.computeIfAbsent(k, x -> new Agg()).add(t.batch().deviceId(), r);
      }
    }
    if (cells.isEmpty()) {
      return;
    }
    int n = cells.size();
    String[] site = new String[n];
    String[] sensor = new String[n];
    String[] kind = new String[n];
    String[] bucket = new String[n];
    Long[] count = new Long[n];
    Double[] sum = new Double[n];
    Double[] min = new Double[n];
    Double[] max = new Double[n];
    String[] lastTs = new String[n];
    String[] lastDevice = new String[n];
    Double[] last = new Double[n];
    int i = 0;
    for (Map.Entry<Cell, Agg> e : cells.entrySet()) {
      Cell k = e.getKey();
      Agg a = e.getValue();
      site[i] = k.siteId();
      sensor[i] = k.sensorId();
      kind[i] = k.kind();
      bucket[i] = Instant.ofEpochSecond(k.minute()).toString();
      count[i] = a.n;
      sum[i] = a.sum;
      min[i] = a.min;
      max[i] = a.max;
      lastTs[i] = a.lastTs.toString();
      lastDevice[i] = a.lastDevice;
      last[i] = a.last;
      i++;
    }
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      ps.setArray(1, c.createArrayOf("text", site));
      ps.setArray(2, c.createArrayOf("text", sensor));
      ps.setArray(3, c.createArrayOf("text", kind));
      ps.setArray(4, c.createArrayOf("text", bucket));
      ps.setArray(5, c.createArrayOf("int8", count));
      ps.setArray(6, c.createArrayOf("float8", sum));
      ps.setArray(7, c.createArrayOf("float8", min));
      ps.setArray(8, c.createArrayOf("float8", max));
      ps.setArray(9, c.createArrayOf("text", lastTs));
      ps.setArray(10, c.createArrayOf("text", lastDevice));
      ps.setArray(11, c.createArrayOf("float8", last));
      ps.executeUpdate();
    }
  }

  /**
   * One-minute buckets of [from, to): the partial minute at the start from raw rows, the whole
   * minutes from the rollup, the partial minute at the end from raw rows, in time order; null when
   * the range holds no whole minute (the caller reads raw).
   */
  static List<BucketPoint> minutes(
      Connection c, String siteId, String sensorId, String kind, Instant from, Instant to)
      throws SQLException {
    Instant lo = ceilMinute(from);
    Instant hi = to.truncatedTo(ChronoUnit.MINUTES);
    if (!lo.isBefore(hi)) {
      return null;
    }
    List<BucketPoint> out = new ArrayList<>();
    partial(c, siteId, sensorId, kind, from, lo, out);
    try (PreparedStatement ps = c.prepareStatement(WHOLE_MINUTES)) {
      bind(ps, siteId, sensorId, kind, lo, hi);
      out.addAll(BucketQueries.read(ps));
    }
    partial(c, siteId, sensorId, kind, hi, to, out);
    return out;
  }

  /** Adds the bucket of a partial minute [start, end), if it holds readings. */
  private static void partial(
      Connection c,
      String siteId,
      String sensorId,
      String kind,
      Instant start,
      Instant end,
      List<BucketPoint> out)
      throws SQLException {
    if (!start.isBefore(end)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(PARTIAL_MINUTE)) {
      bind(ps, siteId, sensorId, kind, start, end);
      for (BucketPoint p : BucketQueries.read(ps)) {
        out.add(
            new BucketPoint(
                p.bucket().truncatedTo(ChronoUnit.MINUTES),
                p.avg(),
                p.min(),
                p.max(),
                p.last(),
                p.count()));
      }
    }
  }

  private static void bind(
      PreparedStatement ps, String siteId, String sensorId, String kind, Instant lo, Instant hi)
      throws SQLException {
    ps.setString(1, siteId);
    ps.setString(2, sensorId);
    ps.setString(3, kind);
    ps.setTimestamp(4, Timestamp.from(lo));
    ps.setTimestamp(5, Timestamp.from(hi));
  }

  /**
   * Buckets wider than a minute: the rollup for whole minutes of [from, to) and raw rows for the
   * partial minutes at either end; null when the range holds no whole minute (the caller reads
   * raw).
   */
  static PreparedStatement buckets(
      Connection c,
      String siteId,
      String sensorId,
      String kind,
      Instant from,
      Instant to,
      Duration bucket)
      throws SQLException {
    Instant lo = ceilMinute(from);
    Instant hi = to.truncatedTo(ChronoUnit.MINUTES);
    if (!lo.isBefore(hi)) {
      return null;
    }
    PreparedStatement ps = c.prepareStatement(BUCKETS);
    ps.setString(1, bucket.toSeconds() + " seconds");
    int p = 2;
    Instant[][] ranges = {{lo, hi}, {from, lo}, {hi, to}};
    for (Instant[] r : ranges) {
      ps.setString(p++, siteId);
      ps.setString(p++, sensorId);
      ps.setString(p++, kind);
      ps.setTimestamp(p++, Timestamp.from(r[0]));
      ps.setTimestamp(p++, Timestamp.from(r[1]));
    }
    return ps;
  }

  private static Instant ceilMinute(Instant t) {
    Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
    return floor.equals(t) ? t : floor.plus(MINUTE);
  }

  private record Cell(String siteId, String sensorId, String kind, long minute)
      implements Comparable<Cell> {
    @Override
    public int compareTo(Cell o) {
      int c = siteId.compareTo(o.siteId);
      if (c == 0) {
        c = sensorId.compareTo(o.sensorId);
      }
      if (c == 0) {
        c = kind.compareTo(o.kind);
      }
      return c != 0 ? c : Long.compare(minute, o.minute);
    }
  }

  private static final class Agg {
    long n;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    Instant lastTs;
    String lastDevice;
    double last;

    void add(String device, Reading r) {
      n++;
      sum += r.value();
      min = Math.min(min, r.value());
      max = Math.max(max, r.value());
      if (lastTs == null || laterThanLast(r.ts(), device, r.value())) {
        lastTs = r.ts();
        lastDevice = device;
        last = r.value();
      }
    }

    /** BucketQueries.LAST_ORDER in Java: time, then device id, then value. */
    private boolean laterThanLast(Instant ts, String device, double value) {
      int c = ts.compareTo(lastTs);
      if (c == 0) {
        c = BucketQueries.compareDevices(device, lastDevice);
      }
      return c != 0 ? c > 0 : Double.compare(value, last) > 0;
    }
  }
}

package dev.sitehub.cloud.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * TimescaleDB: the reading table is a hypertable (daily chunks) with compression and retention
 * policies run by TimescaleDB's own job scheduler, and continuous aggregates at 1 hour and 1 minute
 * that bucket queries read for their whole aggregate-sized spans; raw rows fill the partial spans
 * at either end, so an answer equals the same aggregation of raw rows (as in the plain layout).
 * Every TimescaleDB function is called qualified by the extension's schema, which need not be on
 * the application's search path.
 */
final class TimescaleStorage implements TelemetryStorage {
  /** The continuous aggregates, coarsest first: a query reads the coarsest that divides it. */
  static final List<Aggregate> AGGREGATES =
      List.of(
          new Aggregate(Duration.ofHours(1), "reading_agg_1h"),
          new Aggregate(Duration.ofMinutes(1), "reading_agg_1m"));

  /**
   * The first layout's aggregates: no device-aware "last" and no sum, so they cannot be regrouped
   * exactly; dropped (with their policies) and rebuilt as the ones above.
   */
  private static final List<String> REPLACED = List.of("reading_1m", "reading_1h");

  /** How often a refresh policy runs at most: late data shows in charts within this. */
  private static final Duration MAX_REFRESH_EVERY = Duration.ofMinutes(5);

  private final DataSource db;
  private final StorageConfig config;

  /** The extension's schema, quoted; looked up once, since only a reinstall could move it. */
  private volatile String schema;

  /** One continuous aggregate: its bucket width and view name. */
  record Aggregate(Duration width, String view) {}

  public TimescaleStorage(DataSource db, StorageConfig config) {
    this.db = db;
    this.config = config;
  }

  @Override
  public String layout() {
    return "timescaledb";
  }

  /** Policies and aggregates cannot be created inside a transaction, hence here, not Flyway. */
  @Override
  public void initialize() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      String ts = extensionSchema(c);
      s.execute(
          "ALTER TABLE reading SET (timescaledb.compress,"
              + " timescaledb.compress_segmentby = 'site_id, device_id, sensor_id')");
      s.execute(
          "SELECT "
              + ts
              + ".add_compression_policy('reading', "
              + interval(config.compressAfter())
              + ", if_not_exists => true)");
      s.execute(
          "SELECT "
              + ts
              + ".add_retention_policy('reading', "
              + interval(config.retention())
              + ", if_not_exists => true)");
      for (String old : REPLACED) {
        s.execute("DROP MATERIALIZED VIEW IF EXISTS " + old + " CASCADE");
      }
      for (Aggregate a : AGGREGATES) {
        boolean fresh = !exists(c, a.view());
        // No origin here: 1-minute and 1-hour buckets start on the same instants from any midnight,
        // and queries regroup them with BucketQueries.ORIGIN.
        s.execute(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS "
                + a.view()
                + " WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS"
                + " SELECT "
                + ts
                + ".time_bucket("
                + interval(a.width())
                + ", ts) AS bucket, site_id, device_id, sensor_id, kind, count(*) AS n,"
                + " sum(value) AS sum, min(value) AS min, max(value) AS max, max(ts) AS last_ts, "
                + ts
                + ".last(value, ts) AS last"
                + " FROM reading GROUP BY bucket, site_id, device_id, sensor_id, kind"
                + " WITH NO DATA");
        // The window spans everything retention keeps, so late data (an outbox replay after an
        // outage, migrated history) reaches the aggregate however old it is; only invalidated
        // buckets are recomputed, so a wide window costs nothing while no late data arrives.
        s.execute(
            "SELECT "
                + ts
                + ".add_continuous_aggregate_policy('"
                + a.view()
                + "', start_offset => "
                + interval(config.retention())
                + ", end_offset => "
                + interval(a.width())
                + ", schedule_interval => "
                + interval(min(a.width(), MAX_REFRESH_EVERY))
                + ", if_not_exists => true)");
        // A day beyond the raw rows: queries never read aggregate buckets older than the oldest
        // raw chunk anyway (see buckets), so this only bounds growth.
        s.execute(
            "SELECT "
                + ts
                + ".add_retention_policy('"
                + a.view()
                + "', "
                + interval(config.retention().plusDays(1))
                + ", if_not_exists => true)");
        if (fresh) {
          s.execute("CALL " + ts + ".refresh_continuous_aggregate('" + a.view() + "', NULL, NULL)");
        }
      }
    }
  }

  @Override
  public void prepareDays(Connection c, Collection<LocalDate> days) {
    // Chunks are created by TimescaleDB on insert.
  }

  @Override
  public void rollUp(Connection c, List<Accepted.Telemetry> stored) {
    // The continuous aggregates are refreshed by TimescaleDB's policies (and maintain).
  }

  @Override
  public void forget() {}

  /**
   * Enforces retention now (the policies do the same on their own schedule) and refreshes the
   * aggregates over the retained window, so late data is in them when this returns.
   */
  @Override
  public List<String> maintain(Instant now) throws SQLException {
    List<String> dropped = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      String ts = extensionSchema(c);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT "
                  + ts
                  + ".drop_chunks('reading', older_than => "
                  + timestamp(now.minus(config.retention()))
                  + ")")) {
        while (rs.next()) {
          dropped.add(rs.getString(1));
        }
      }
      for (Aggregate a : AGGREGATES) {
        s.execute(
            "SELECT "
                + ts
                + ".drop_chunks('"
                + a.view()
                + "', older_than => "
                + timestamp(now.minus(config.retention().plusDays(1)))
                + ")");
        s.execute(
            "CALL "
                + ts
                + ".refresh_continuous_aggregate('"
                + a.view()
                + "', "
                + timestamp(now.minus(config.retention()))
                + ", NULL)");
      }
    }
    return dropped;
  }

  @Override
  public List<BucketPoint> buckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      String ts = schema(c);
      Aggregate a = aggregateFor(bucket);
      Instant horizon = a == null ? null : oldestRawChunk(c);
      if (a != null && horizon != null) {
        // Whole aggregate buckets inside [from, to) that raw rows still back; retention drops
        // aggregate chunks later than raw ones, and a chart must not show what raw data lost.
        Instant lo = ceil(later(from, horizon), a.width());
        Instant hi = floor(to, a.width());
        if (lo.isBefore(hi)) {
          return fromAggregate(c, ts, a, siteId, sensorId, kind, from, to, lo, hi, bucket);
        }
      }
      return fromRaw(c, ts, siteId, sensorId, kind, from, to, bucket);
    }
  }

  private List<BucketPoint> fromAggregate(
      Connection c,
      String ts,
      Aggregate a,
      String siteId,
      String sensorId,
      String kind,
      Instant from,
      Instant to,
      Instant lo,
      Instant hi,
      Duration bucket)
      throws SQLException {
    // time_bucket's third positional argument is the origin.
    String sql =
        "SELECT "
            + ts
            + ".time_bucket(?::interval, m, "
            + BucketQueries.ORIGIN
            + ") AS b, sum(s) / sum(n)::float8, min(lo), max(hi),"
            + " (array_agg(lv ORDER BY lt DESC, ld COLLATE \"C\" DESC, lv DESC))[1],"
            + " sum(n)::bigint FROM ("
            + " SELECT bucket AS m, n, sum AS s, min AS lo, max AS hi, last_ts AS lt,"
            + " device_id AS ld, last AS lv FROM "
            + a.view()
            + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND bucket >= ? AND bucket < ?"
            + " UNION ALL SELECT ts, 1, value, value, value, ts, device_id, value FROM reading"
            + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ? AND ts < ?"
            + " UNION ALL SELECT ts, 1, value, value, value, ts, device_id, value FROM reading"
            + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ? AND ts < ?"
            + ") p GROUP BY b ORDER BY b";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
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
      return BucketQueries.read(ps);
    }
  }

  private static List<BucketPoint> fromRaw(
      Connection c,
      String ts,
      String siteId,
      String sensorId,
      String kind,
      Instant from,
      Instant to,
      Duration bucket)
      throws SQLException {
    String sql =
        "SELECT "
            + ts
            + ".time_bucket(?::interval, ts, "
            + BucketQueries.ORIGIN
            + ") AS b, avg(value), min(value), max(value), "
            + BucketQueries.LAST_VALUE
            + ", count(*) FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = ?"
            + " AND ts >= ? AND ts < ? GROUP BY b ORDER BY b";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, bucket.toSeconds() + " seconds");
      ps.setString(2, siteId);
      ps.setString(3, sensorId);
      ps.setString(4, kind);
      ps.setTimestamp(5, Timestamp.from(from));
      ps.setTimestamp(6, Timestamp.from(to));
      return BucketQueries.read(ps);
    }
  }

  /** The coarsest aggregate whose width divides the bucket, or null (then raw rows only). */
  static Aggregate aggregateFor(Duration bucket) {
    for (Aggregate a : AGGREGATES) {
      if (bucket.compareTo(a.width()) >= 0 && bucket.toNanos() % a.width().toNanos() == 0) {
        return a;
      }
    }
    return null;
  }

  /** Start of the oldest raw chunk, or null when the hypertable holds none. */
  private static Instant oldestRawChunk(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT min(range_start) FROM timescaledb_information.chunks"
                    + " WHERE hypertable_schema = current_schema() AND hypertable_name = 'reading'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Timestamp t = rs.getTimestamp(1);
      return t == null ? null : t.toInstant();
    }
  }

  private String schema(Connection c) throws SQLException {
    String s = schema;
    if (s == null) {
      s = extensionSchema(c);
      schema = s;
    }
    return s;
  }

  /**
   * The schema CREATE EXTENSION put TimescaleDB in, quoted for SQL: it need not be on the search
   * path (the tests give the application a schema of its own, the extension lives in public).
   */
  static String extensionSchema(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT quote_ident(n.nspname) FROM pg_extension e"
                    + " JOIN pg_namespace n ON n.oid = e.extnamespace"
                    + " WHERE e.extname = 'timescaledb'");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the timescaledb extension is not installed in this database");
      }
      return rs.getString(1);
    }
  }

  private static boolean exists(Connection c, String relation) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, relation);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static String interval(Duration d) {
    return "INTERVAL '" + d.toSeconds() + " seconds'";
  }

  private static String timestamp(Instant t) {
    // Instant.toString() is ISO-8601 in UTC and holds no quote.
    return "TIMESTAMPTZ '" + t + "'";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Rounds up to a multiple of {@code width} since the epoch (a midnight, as ORIGIN is). */
  static Instant ceil(Instant t, Duration width) {
    Instant f = floor(t, width);
    return f.equals(t) ? t : f.plus(width);
  }

  static Instant floor(Instant t, Duration width) {
    long w = width.toNanos();
    long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
    return Instant.EPOCH.plusNanos(Math.floorDiv(nanos, w) * w);
  }
}

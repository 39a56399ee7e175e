package dev.sitehub.cloud.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * TimescaleDB: the reading table is a hypertable (daily chunks) with compression and retention
 * policies run by TimescaleDB's own job scheduler, and continuous aggregates at 1 minute and 1 hour
 * that bucket queries of those widths read instead of raw rows.
 */
public final class TimescaleStorage implements TelemetryStorage {
  static final Map<Duration, String> AGGREGATES =
      Map.of(Duration.ofMinutes(1), "reading_1m", Duration.ofHours(1), "reading_1h");

  private final DataSource db;
  private final StorageConfig config;

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
      s.execute(
          "ALTER TABLE reading SET (timescaledb.compress,"
              + " timescaledb.compress_segmentby = 'site_id, device_id, sensor_id')");
      s.execute(
          "SELECT add_compression_policy('reading', INTERVAL '"
              + config.compressAfter().toSeconds()
              + " seconds', if_not_exists => true)");
      s.execute(
          "SELECT add_retention_policy('reading', INTERVAL '"
              + config.retention().toSeconds()
              + " seconds', if_not_exists => true)");
      for (Map.Entry<Duration, String> a : AGGREGATES.entrySet()) {
        long secs = a.getKey().toSeconds();
        s.execute(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS "
                + a.getValue()
                + " WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS"
                + " SELECT time_bucket(INTERVAL '"
                + secs
                + " seconds', ts) AS bucket, site_id, device_id, sensor_id, kind, avg(value) AS avg,"
                + " min(value) AS min, max(value) AS max, last(value, ts) AS last,"
                + " count(*) AS n FROM reading GROUP BY bucket, site_id, device_id, sensor_id, kind"
                + " WITH NO DATA");
        s.execute(
            "SELECT add_continuous_aggregate_policy('"
                + a.getValue()
                + "', start_offset => INTERVAL '"
                + Math.max(secs * 3, 86_400)
                + " seconds', end_offset => INTERVAL '"
                + secs
                + " seconds', schedule_interval => INTERVAL '"
                + secs
                + " seconds', if_not_exists => true)");
      }
    }
  }

  @Override
  public void prepareDays(Connection c, Collection<LocalDate> days) {
    // Chunks are created by TimescaleDB on insert.
  }

  @Override
  public void rollUp(Connection c, List<Accepted.Telemetry> stored) {
    // The continuous aggregates are refreshed by TimescaleDB (real-time for recent data).
  }

  @Override
  public void forget() {}

  @Override
  public List<String> maintain(Instant now) {
    // Retention and compression run as TimescaleDB background jobs.
    return List.of();
  }

  @Override
  public List<BucketPoint> buckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket)
      throws SQLException {
    String view = AGGREGATES.get(bucket);
    String sql =
        view != null
            ? "SELECT bucket, sum(avg * n) / sum(n), min(min), max(max),"
                + " (array_agg(last ORDER BY bucket DESC))[1], sum(n)::bigint FROM "
                + view
                + " WHERE site_id = ? AND sensor_id = ? AND kind = ? AND bucket >= ? AND bucket < ?"
                + " GROUP BY bucket ORDER BY bucket"
            : "SELECT time_bucket(INTERVAL '"
                + bucket.toSeconds()
                + " seconds', ts) AS b, avg(value), min(value), max(value), last(value, ts),"
                + " count(*) FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ?"
                + " AND ts < ? GROUP BY b ORDER BY b";
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, siteId);
      ps.setString(2, sensorId);
      ps.setString(3, kind);
      ps.setTimestamp(4, Timestamp.from(from));
      ps.setTimestamp(5, Timestamp.from(to));
      return BucketQueries.read(ps);
    }
  }
}

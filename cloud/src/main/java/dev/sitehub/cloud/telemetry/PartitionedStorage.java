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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Plain PostgreSQL: the reading table is range-partitioned by UTC day ({@code reading_pYYYYMMDD}).
 * Partitions are created ahead by {@link #maintain} and on demand before a write; retention drops
 * whole partitions, which is instant and leaves no bloat. Buckets of whole minutes are read from
 * the 1-minute rollup that the writer keeps ({@link MinuteRollup}).
 */
final class PartitionedStorage implements TelemetryStorage {
  private static final Logger LOG = Logger.getLogger(PartitionedStorage.class);
  static final String PREFIX = "reading_p";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final DataSource db;
  private final StorageConfig config;
  private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

  public PartitionedStorage(DataSource db, StorageConfig config) {
    this.db = db;
    this.config = config;
  }

  @Override
  public String layout() {
    return "partitioned";
  }

  @Override
  public void initialize() throws SQLException {
    maintain(Instant.now());
  }

  @Override
  public void prepareDays(Connection c, Collection<LocalDate> days) throws SQLException {
    for (LocalDate d : days) {
      if (!known.contains(d)) {
        create(c, d);
      }
    }
  }

  @Override
  public void rollUp(Connection c, List<Accepted.Telemetry> stored) throws SQLException {
    MinuteRollup.add(c, stored);
  }

  @Override
  public void forget() {
    known.clear();
  }

  @Override
  public List<String> maintain(Instant now) throws SQLException {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate oldestKept = LocalDate.ofInstant(now.minus(config.retention()), ZoneOffset.UTC);
    List<String> dropped = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      for (int i = 0; i <= config.partitionsAhead(); i++) {
        create(c, today.plusDays(i));
      }
      for (String name : partitions(c)) {
        LocalDate day = LocalDate.parse(name.substring(PREFIX.length()), DAY);
        if (day.isBefore(oldestKept)) {
          try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + name);
          }
          known.remove(day);
          dropped.add(name);
          LOG.infof("reading partition dropped partition=%s", name);
        }
      }
      // The rollup follows the raw rows, so a chart never shows minutes whose raw data is gone.
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM reading_rollup_1m WHERE bucket < ?")) {
        ps.setTimestamp(1, Timestamp.from(oldestKept.atStartOfDay(ZoneOffset.UTC).toInstant()));
        ps.executeUpdate();
      }
    }
    return dropped;
  }

  /** Names of the existing daily partitions, oldest first. */
  public List<String> partitions() throws SQLException {
    try (Connection c = db.getConnection()) {
      return partitions(c);
    }
  }

  private static List<String> partitions(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT child.relname FROM pg_inherits i JOIN pg_class child ON child.oid = i.inhrelid"
                + " WHERE i.inhparent = to_regclass('reading') ORDER BY child.relname")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String n = rs.getString(1);
          if (n.matches(PREFIX + "\\d{8}")) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }

  private void create(Connection c, LocalDate day) throws SQLException {
    String name = PREFIX + DAY.format(day);
    // Bounds carry an explicit UTC offset: the session time zone must not shift the days.
    String sql =
        "CREATE TABLE IF NOT EXISTS "
            + name
            + " PARTITION OF reading FOR VALUES FROM ('"
            + day
            + " 00:00:00+00') TO ('"
            + day.plusDays(1)
            + " 00:00:00+00')";
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
    known.add(day);
  }

  @Override
  public List<BucketPoint> buckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket)
      throws SQLException {
    if (bucket.equals(MinuteRollup.MINUTE)) {
      try (Connection c = db.getConnection()) {
        List<BucketPoint> minutes = MinuteRollup.minutes(c, siteId, sensorId, kind, from, to);
        if (minutes != null) {
          return minutes;
        }
      }
    } else if (MinuteRollup.serves(bucket)) {
      try (Connection c = db.getConnection();
          PreparedStatement ps =
              MinuteRollup.buckets(c, siteId, sensorId, kind, from, to, bucket)) {
        if (ps != null) {
          return BucketQueries.read(ps);
        }
      }
    }
    return rawBuckets(siteId, sensorId, kind, from, to, bucket);
  }

  /** The same buckets computed from raw rows only: the reference the rollup must equal. */
  List<BucketPoint> rawBuckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket)
      throws SQLException {
    String sql =
        "SELECT date_bin(?::interval, ts, "
            + BucketQueries.ORIGIN
            + ") AS b, avg(value), min(value), max(value), "
            + BucketQueries.LAST_VALUE
            + ", count(*)"
            + " FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = ? AND ts >= ? AND ts < ?"
            + " GROUP BY b ORDER BY b";
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, bucket.toSeconds() + " seconds");
      ps.setString(2, siteId);
      ps.setString(3, sensorId);
      ps.setString(4, kind);
      ps.setTimestamp(5, Timestamp.from(from));
      ps.setTimestamp(6, Timestamp.from(to));
      return BucketQueries.read(ps);
    }
  }
}

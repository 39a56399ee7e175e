package dev.sitehub.cloud.telemetry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The reading table's physical layout: a TimescaleDB hypertable or native daily partitions. The
 * writer and the query API talk only to this interface; {@link StorageSelector} picks the
 * implementation from what the database has.
 */
public interface TelemetryStorage {

  /** {@code timescaledb} or {@code partitioned}. */
  String layout();

  /** One-off setup at startup (policies, aggregates, first partitions). */
  void initialize() throws SQLException;

  /** Makes sure rows for these UTC days can be written; called before each COPY. */
  void prepareDays(Connection c, Collection<LocalDate> days) throws SQLException;

  /**
   * Brings pre-aggregates the application keeps itself up to date with freshly stored batches, in
   * the writer's transaction (the native 1-minute rollup; a no-op where the database refreshes
   * them, as TimescaleDB's continuous aggregates do).
   */
  void rollUp(Connection c, List<Accepted.Telemetry> stored) throws SQLException;

  /** Forget cached knowledge of the layout after a failed write (another instance may drop). */
  void forget();

  /** Scheduled upkeep: create ahead and enforce retention. Returns the partitions dropped. */
  List<String> maintain(Instant now) throws SQLException;

  /** Time-bucketed avg/min/max/last of one sensor and kind, from aggregates where they exist. */
  List<BucketPoint> buckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket)
      throws SQLException;
}

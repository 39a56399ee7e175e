package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on the TimescaleDB layout, in a database of its own whose extension lives
 * outside the application's schema. Runs where a TimescaleDB server is reachable (the local one
 * with the extension preloaded, or {@code -Dsitehub.timescale.url}); skipped, with that reason,
 * only where none is. {@link TimescaleStorageContainerTest} runs it in a container where Docker
 * exists.
 */
class TimescaleStorageContractTest extends TelemetryStorageContract {
  private static TimescaleDatabase db;

  @BeforeAll
  static void database() throws Exception {
    String url = TimescaleDatabase.serverUrl();
    if (url != null) {
      db = TimescaleDatabase.create(url, new Properties());
    }
  }

  /** Skips each test, with the reason in the report, where no TimescaleDB server is reachable. */
  @BeforeEach
  void timescaleReachable() {
    assumeTrue(db != null, TimescaleDatabase.absentReason());
  }

  @AfterAll
  static void drop() throws Exception {
    if (db != null) {
      db.close();
    }
  }

  @Override
  DataSource db() {
    return db.ds;
  }

  @Override
  TelemetryStorage storage() {
    return db.storage;
  }

  @Override
  StorageConfig config() {
    return db.config;
  }

  /** Verifies the hypertable, its policies and the aggregates exist, and a restart keeps them. */
  @Test
  void initialize_twice_hypertablePoliciesAndAggregatesInPlace() throws Exception {
    db.storage.initialize();
    assertStructure(db.ds);
  }

  static void assertStructure(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.hypertables"
                      + " WHERE hypertable_name = 'reading'"))
          .isEqualTo(1);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.continuous_aggregates"
                      + " WHERE view_name IN ('reading_agg_1m', 'reading_agg_1h')"))
          .isEqualTo(2);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.continuous_aggregates"
                      + " WHERE view_name IN ('reading_1m', 'reading_1h')"))
          .isZero();
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.jobs"
                      + " WHERE proc_name = 'policy_retention'"))
          .as("retention on the readings and on both aggregates")
          .isEqualTo(3);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.jobs"
                      + " WHERE proc_name IN ('policy_compression',"
                      + " 'policy_refresh_continuous_aggregate')"))
          .isEqualTo(3);
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

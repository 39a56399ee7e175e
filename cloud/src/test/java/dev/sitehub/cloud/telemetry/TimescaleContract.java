package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The TimescaleDB layout checks, run against any database that has the extension. */
abstract class TimescaleContract {

  /** Migrates, initializes and writes through the Timescale layout, then reads it back. */
  static void verify(DataSource ds) throws Exception {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/contract", "classpath:db/migration")
        .load()
        .migrate();
    StorageConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(StorageConfig.class)
            .build()
            .getConfigMapping(StorageConfig.class);
    assertThat(StorageSelector.timescaleInstalled(ds)).isTrue();
    TimescaleStorage storage = new TimescaleStorage(ds, config);
    storage.initialize();
    storage.initialize(); // idempotent on restart

    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    TelemetryWriter writer = new TelemetryWriter(ds, storage, json, Clock.systemUTC());
    writer.write(List.of(new Accepted.Telemetry("ts-site", Messages.batch("ts-dev", 1, 30))));

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
                      + " WHERE view_name IN ('reading_1m', 'reading_1h')"))
          .isEqualTo(2);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM timescaledb_information.jobs"
                      + " WHERE proc_name IN ('policy_compression', 'policy_retention')"))
          .isEqualTo(2);
    }
    Instant now = Instant.now();
    List<BucketPoint> minutes =
        storage.buckets(
            "ts-site",
            "temp1",
            "temperature",
            now.minus(1, ChronoUnit.HOURS),
            now.plusSeconds(60),
            Duration.ofMinutes(1));
    assertThat(minutes.stream().mapToLong(BucketPoint::count).sum()).isEqualTo(30);
    List<BucketPoint> fiveMinutes =
        storage.buckets(
            "ts-site",
            "temp1",
            "temperature",
            now.minus(1, ChronoUnit.HOURS),
            now.plusSeconds(60),
            Duration.ofMinutes(5));
    assertThat(fiveMinutes.stream().mapToLong(BucketPoint::count).sum()).isEqualTo(30);
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

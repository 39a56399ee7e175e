package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Verifies that dedupe keys past the horizon are pruned and recent ones kept. */
@QuarkusTest
class DedupeHousekeepingTest {
  @Inject DedupeHousekeeping housekeeping;
  @Inject IngestConfig config;
  @Inject AgroalDataSource ds;
  @Inject Db db;

  @Test
  void prune_keysOlderThanHorizon_deletedRecentKept() throws Exception {
    String device = "dd-" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.now();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO ingested_seq (device_id, seq, ingested_at) VALUES (?, ?, ?)")) {
      ps.setString(1, device);
      ps.setLong(2, 1);
      ps.setTimestamp(3, Timestamp.from(now.minus(config.dedupeHorizon()).minusSeconds(60)));
      ps.executeUpdate();
      ps.setLong(2, 2);
      ps.setTimestamp(3, Timestamp.from(now.minusSeconds(60)));
      ps.executeUpdate();
    }

    assertThat(housekeeping.prune(now)).isGreaterThanOrEqualTo(1);

    assertThat(
            db.text(
                "SELECT string_agg(seq::text, ',') FROM ingested_seq WHERE device_id = ?", device))
        .isEqualTo("2");
  }
}

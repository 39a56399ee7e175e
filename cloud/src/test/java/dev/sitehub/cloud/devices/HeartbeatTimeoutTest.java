package dev.sitehub.cloud.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Verifies that silent devices go offline after the heartbeat timeout and fresh ones do not. */
@QuarkusTest
class HeartbeatTimeoutTest {
  @Inject HeartbeatTimeout timeout;
  @Inject DeviceConfig config;
  @Inject AgroalDataSource ds;
  @Inject Db db;

  @Test
  void markStale_silentPastTimeout_offlineWhileRecentStaysOnline() throws Exception {
    Instant now = Instant.now();
    String silent = "hb-" + UUID.randomUUID().toString().substring(0, 8);
    String fresh = "hb-" + UUID.randomUUID().toString().substring(0, 8);
    insert(silent, now.minus(config.heartbeatTimeout()).minus(Duration.ofSeconds(5)));
    insert(fresh, now.minusSeconds(1));

    int marked = timeout.markStale(now);

    assertThat(marked).isGreaterThanOrEqualTo(1);
    assertThat(db.text("SELECT online::text FROM device_status WHERE device_id = ?", silent))
        .isEqualTo("false");
    assertThat(db.text("SELECT online::text FROM device_status WHERE device_id = ?", fresh))
        .isEqualTo("true");
  }

  private void insert(String deviceId, Instant lastSeen) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO device_status (device_id, site_id, online, last_seen, changed_at)"
                    + " VALUES (?, 'hb-site', true, ?, ?)")) {
      ps.setString(1, deviceId);
      ps.setTimestamp(2, Timestamp.from(lastSeen));
      ps.setTimestamp(3, Timestamp.from(lastSeen));
      ps.executeUpdate();
    }
  }
}

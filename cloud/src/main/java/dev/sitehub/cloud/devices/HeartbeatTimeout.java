package dev.sitehub.cloud.devices;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Marks devices offline when neither a status message nor a heartbeat arrived within the timeout:
 * the Last Will covers a lost connection, this covers a box that hangs while still connected.
 */
@ApplicationScoped
public class HeartbeatTimeout {
  private static final Logger LOG = Logger.getLogger(HeartbeatTimeout.class);

  private final AgroalDataSource db;
  private final DeviceConfig config;
  private final Clock clock;

  public HeartbeatTimeout(AgroalDataSource db, DeviceConfig config, Clock clock) {
    this.db = db;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${sitehub.devices.timeout-check-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void check() throws SQLException {
    markStale(clock.instant());
  }

  /** Marks every device silent since before {@code now - timeout} offline; returns how many. */
  public int markStale(Instant now) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE device_status SET online = false, changed_at = ? WHERE online"
                    + " AND last_seen < ? RETURNING device_id, site_id")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setTimestamp(2, Timestamp.from(now.minus(config.heartbeatTimeout())));
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          n++;
          LOG.infof(
              "device offline by heartbeat timeout site=%s device=%s",
              rs.getString(2), rs.getString(1));
        }
      }
      return n;
    }
  }
}

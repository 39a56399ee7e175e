package dev.sitehub.cloud.telemetry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "may this device publish for this site?" from the mqtt_principal rows, with a short cache
 * so that ingestion does not query per message.
 */
@ApplicationScoped
public class DeviceDirectory {
  private static final int MAX_ENTRIES = 100_000;

  private final AgroalDataSource db;
  private final Clock clock;
  private final IngestConfig config;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public DeviceDirectory(AgroalDataSource db, Clock clock, IngestConfig config) {
    this.db = db;
    this.clock = clock;
    this.config = config;
  }

  /** True when the device is registered, not revoked, and bound to {@code siteId}. */
  public boolean isAllowed(String siteId, String deviceId) throws SQLException {
    Instant now = clock.instant();
    Entry e = cache.get(deviceId);
    if (e == null || e.expires().isBefore(now)) {
      e = new Entry(load(deviceId), now.plus(config.deviceCacheTtl()));
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(deviceId, e);
    }
    return e.siteId() != null && e.siteId().equals(siteId);
  }

  /** Forgets cached rows, so a revocation takes effect at once in this instance. */
  public void invalidate() {
    cache.clear();
  }

  private String load(String deviceId) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT site_id FROM mqtt_principal WHERE principal_id = ? AND kind = 'device'"
                    + " AND revoked_at IS NULL")) {
      ps.setString(1, deviceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private record Entry(String siteId, Instant expires) {}
}

package dev.sitehub.cloud.telemetry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** When each site last sent a reading or an event: the telemetry part of a site's sign of life. */
@ApplicationScoped
public class SiteActivity {
  private static final String SQL =
      "SELECT site_id, max(ts) FROM (SELECT site_id, max(ts) ts FROM reading_latest"
          + " WHERE site_id = ANY (?) GROUP BY site_id UNION ALL SELECT site_id, max(ts)"
          + " FROM device_event WHERE site_id = ANY (?) GROUP BY site_id) x GROUP BY site_id";
  private final AgroalDataSource db;

  SiteActivity(AgroalDataSource db) {
    this.db = db;
  }

  /** The newest reading or event time per site; sites that never sent one are absent. */
  public Map<String, Instant> latest(List<String> siteIds) {
    Map<String, Instant> out = new HashMap<>();
    if (siteIds.isEmpty()) {
      return out;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(SQL)) {
      var ids = c.createArrayOf("text", siteIds.toArray());
      ps.setArray(1, ids);
      ps.setArray(2, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("site activity query failed", e);
    }
  }
}

package dev.sitehub.cloud.devices;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fleet questions of the landing pages: boxes per site and the platform's device list. */
@ApplicationScoped
public class FleetQuery {
  private static final String PER_SITE =
      "SELECT d.site_id, count(*) FILTER (WHERE d.revoked_at IS NULL),"
          + " count(*) FILTER (WHERE d.revoked_at IS NULL AND ds.online), max(ds.last_seen)"
          + " FROM device d LEFT JOIN device_status ds ON ds.device_id = d.device_id"
          + " WHERE d.site_id = ANY (?) GROUP BY d.site_id";
  private static final String ALL =
      "SELECT d.device_id, d.site_id, coalesce(ds.online, false), d.revoked_at IS NOT NULL,"
          + " ds.last_seen FROM device d LEFT JOIN device_status ds ON ds.device_id = d.device_id"
          + " ORDER BY d.provisioned_at, d.device_id LIMIT ?";
  private final AgroalDataSource db;

  FleetQuery(AgroalDataSource db) {
    this.db = db;
  }

  /** A site's boxes: how many are in service, how many are online, when one was last seen. */
  public record SiteFleet(int devices, int online, Instant lastSeen) {
    public static final SiteFleet EMPTY = new SiteFleet(0, 0, null);
  }

  /** One box of the platform, for operators. */
  public record Box(
      String deviceId, String siteId, boolean online, boolean revoked, Instant lastSeen) {}

  /** Each site's fleet; sites without boxes are absent. */
  public Map<String, SiteFleet> perSite(List<String> siteIds) {
    Map<String, SiteFleet> out = new HashMap<>();
    if (siteIds.isEmpty()) {
      return out;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(PER_SITE)) {
      ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new SiteFleet(rs.getInt(2), rs.getInt(3), instant(rs, 4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("fleet query failed", e);
    }
  }

  /** Every box on the platform in the order they were provisioned; at most {@code limit}. */
  public List<Box> all(int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(ALL)) {
      ps.setInt(1, limit);
      List<Box> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Box(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBoolean(3),
                  rs.getBoolean(4),
                  instant(rs, 5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("device overview failed", e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}

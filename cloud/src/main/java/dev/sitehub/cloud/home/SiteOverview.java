package dev.sitehub.cloud.home;

import dev.sitehub.cloud.portal.PortalContext;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only summaries for the landing pages: per site the device and online counts and the newest
 * sign of life (status, reading or event), in one query over the sites the viewer may see.
 */
@ApplicationScoped
public class SiteOverview {
  private static final String SITES =
      "SELECT s.site_id, s.name, s.address, s.timezone,"
          + " (SELECT count(*) FROM device d WHERE d.site_id = s.site_id AND d.revoked_at IS NULL),"
          + " (SELECT count(*) FROM device d JOIN device_status ds ON ds.device_id = d.device_id"
          + "   WHERE d.site_id = s.site_id AND d.revoked_at IS NULL AND ds.online),"
          + " greatest((SELECT max(ts) FROM reading_latest r WHERE r.site_id = s.site_id),"
          + "   (SELECT max(ts) FROM device_event e WHERE e.site_id = s.site_id),"
          + "   (SELECT max(last_seen) FROM device_status ds WHERE ds.site_id = s.site_id))"
          + " FROM site s WHERE s.site_id = ANY (?) ORDER BY s.created_at, s.site_id";

  private static final String DEVICES =
      "SELECT d.device_id, d.site_id, s.name, s.timezone, coalesce(ds.online, false),"
          + " d.revoked_at IS NOT NULL, ds.last_seen FROM device d JOIN site s ON s.site_id = d.site_id"
          + " LEFT JOIN device_status ds ON ds.device_id = d.device_id"
          + " ORDER BY s.name, d.provisioned_at LIMIT ?";

  private final AgroalDataSource db;

  public SiteOverview(AgroalDataSource db) {
    this.db = db;
  }

  public List<SiteSummary> sites(List<String> siteIds) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(SITES)) {
      Array ids = c.createArrayOf("text", siteIds.toArray());
      ps.setArray(1, ids);
      List<SiteSummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp latest = rs.getTimestamp(7);
          out.add(
              new SiteSummary(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(5),
                  rs.getInt(6),
                  latest == null ? null : PortalContext.time(latest.toInstant(), rs.getString(4))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("site overview failed", e);
    }
  }

  /** Every device on the platform, for operators; at most {@code limit}. */
  public List<DeviceSummary> allDevices(int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(DEVICES)) {
      ps.setInt(1, limit);
      List<DeviceSummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp seen = rs.getTimestamp(7);
          out.add(
              new DeviceSummary(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(5),
                  rs.getBoolean(6),
                  seen == null ? null : PortalContext.time(seen.toInstant(), rs.getString(4))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("device overview failed", e);
    }
  }
}

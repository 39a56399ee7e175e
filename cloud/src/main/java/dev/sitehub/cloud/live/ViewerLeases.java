package dev.sitehub.cloud.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Viewer leases in PostgreSQL (table live_viewer_lease): every instance writes one row per open
 * socket and renews its rows, so counting unexpired rows counts viewers across all instances, and
 * the viewers of a crashed instance disappear when their leases expire.
 */
public final class ViewerLeases {
  private final DataSource db;

  public ViewerLeases(DataSource db) {
    this.db = db;
  }

  void open(String viewerId, String instanceId, CameraKey c, String userId, Instant expiresAt) {
    update(
        "INSERT INTO live_viewer_lease (viewer_id, instance_id, site_id, device_id, camera_id,"
            + " user_id, expires_at) VALUES (?,?,?,?,?,?,?)",
        ps -> {
          ps.setString(1, viewerId);
          ps.setString(2, instanceId);
          ps.setString(3, c.siteId());
          ps.setString(4, c.deviceId());
          ps.setString(5, c.cameraId());
          ps.setString(6, userId);
          ps.setTimestamp(7, Timestamp.from(expiresAt));
        });
  }

  void close(String viewerId) {
    update("DELETE FROM live_viewer_lease WHERE viewer_id = ?", ps -> ps.setString(1, viewerId));
  }

  /** Extends every lease held by the instance; returns how many it holds. */
  int renew(String instanceId, Instant expiresAt) {
    return update(
        "UPDATE live_viewer_lease SET expires_at = ? WHERE instance_id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(expiresAt));
          ps.setString(2, instanceId);
        });
  }

  /** Viewers of the camera on all instances whose lease is still valid at {@code now}. */
  public int count(CameraKey c, Instant now) {
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "SELECT count(*) FROM live_viewer_lease WHERE site_id = ? AND device_id = ?"
                    + " AND camera_id = ? AND expires_at > ?")) {
      ps.setString(1, c.siteId());
      ps.setString(2, c.deviceId());
      ps.setString(3, c.cameraId());
      ps.setTimestamp(4, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new LiveException("count viewers", e);
    }
  }

  /** Every camera that has at least one valid lease, on any instance. */
  List<CameraKey> watched(Instant now) {
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "SELECT DISTINCT site_id, device_id, camera_id FROM live_viewer_lease"
                    + " WHERE expires_at > ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      List<CameraKey> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CameraKey(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new LiveException("list watched cameras", e);
    }
  }

  /** Removes leases that expired before {@code cutoff}: rows left by crashed instances. */
  int purge(Instant cutoff) {
    return update(
        "DELETE FROM live_viewer_lease WHERE expires_at < ?",
        ps -> ps.setTimestamp(1, Timestamp.from(cutoff)));
  }

  /**
   * Claims the right to send the next stream_start for a camera: succeeds when no instance has
   * asked yet, or when the last request ends before {@code renewIfBefore}. The row lock makes
   * exactly one of N racing instances win.
   */
  boolean claimStreamRequest(CameraKey c, Instant until, Instant renewIfBefore) {
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO live_stream_demand (site_id, device_id, camera_id, requested_until)"
                    + " VALUES (?,?,?,?) ON CONFLICT (site_id, device_id, camera_id) DO UPDATE"
                    + " SET requested_until = EXCLUDED.requested_until"
                    + " WHERE live_stream_demand.requested_until < ? RETURNING 1")) {
      ps.setString(1, c.siteId());
      ps.setString(2, c.deviceId());
      ps.setString(3, c.cameraId());
      ps.setTimestamp(4, Timestamp.from(until));
      ps.setTimestamp(5, Timestamp.from(renewIfBefore));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new LiveException("claim stream request", e);
    }
  }

  /** Forgets a claim whose command could not be sent, so the next tick tries again. */
  void releaseStreamRequest(CameraKey c) {
    update(
        "DELETE FROM live_stream_demand WHERE site_id = ? AND device_id = ? AND camera_id = ?",
        ps -> {
          ps.setString(1, c.siteId());
          ps.setString(2, c.deviceId());
          ps.setString(3, c.cameraId());
        });
  }

  /** Whether a stream was requested for the camera until after {@code now}. */
  boolean streamRequested(CameraKey c, Instant now) {
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "SELECT 1 FROM live_stream_demand WHERE site_id = ? AND device_id = ?"
                    + " AND camera_id = ? AND requested_until > ?")) {
      ps.setString(1, c.siteId());
      ps.setString(2, c.deviceId());
      ps.setString(3, c.cameraId());
      ps.setTimestamp(4, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new LiveException("read stream demand", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (Connection conn = db.getConnection();
        PreparedStatement ps = conn.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new LiveException("update viewer leases", e);
    }
  }
}

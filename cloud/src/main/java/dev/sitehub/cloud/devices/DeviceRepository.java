package dev.sitehub.cloud.devices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to claim codes, devices and their rows in the broker's credential store. */
@ApplicationScoped
public class DeviceRepository {
  private final AgroalDataSource db;
  private final ObjectMapper json;

  public DeviceRepository(AgroalDataSource db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  void insertClaim(String digest, String siteId, Instant expiresAt, String createdBy) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO mqtt_claim (code_digest, site_id, expires_at, created_by)"
                    + " VALUES (?, ?, ?, ?)")) {
      ps.setString(1, digest);
      ps.setString(2, siteId);
      ps.setTimestamp(3, Timestamp.from(expiresAt));
      ps.setString(4, createdBy);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("insert claim failed", e);
    }
  }

  /**
   * Consumes the claim and registers the device with its credential, all in one transaction: the
   * UPDATE .. WHERE used_at IS NULL makes the claim single-use even under concurrent requests.
   * Returns the claim's site, or empty when the claim is unknown, used or expired.
   */
  Optional<String> provision(
      String claimDigest,
      Instant now,
      String deviceId,
      String hardwareId,
      String agentVersion,
      String secretHash) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      String siteId;
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE mqtt_claim SET used_at = ? WHERE code_digest = ? AND used_at IS NULL"
                  + " AND expires_at > ? RETURNING site_id")) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setString(2, claimDigest);
        ps.setTimestamp(3, Timestamp.from(now));
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            c.rollback();
            return Optional.empty();
          }
          siteId = rs.getString(1);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO device (device_id, site_id, hardware_id, agent_version) VALUES (?,?,?,?)")) {
        ps.setString(1, deviceId);
        ps.setString(2, siteId);
        ps.setString(3, hardwareId);
        ps.setString(4, agentVersion);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash)"
                  + " VALUES (?, 'device', ?, ?)")) {
        ps.setString(1, deviceId);
        ps.setString(2, siteId);
        ps.setString(3, secretHash);
        ps.executeUpdate();
      }
      c.commit();
      return Optional.of(siteId);
    } catch (SQLException e) {
      throw new IllegalStateException("provision failed", e);
    }
  }

  /** Why a claim cannot be used, for the refusal message. */
  String claimRefusal(String claimDigest, Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT used_at, expires_at FROM mqtt_claim WHERE code_digest = ?")) {
      ps.setString(1, claimDigest);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "unknown claim code";
        }
        if (rs.getTimestamp(1) != null) {
          return "claim code already used";
        }
        return rs.getTimestamp(2).toInstant().isAfter(now)
            ? "claim code not usable"
            : "claim code expired";
      }
    } catch (SQLException e) {
      throw new IllegalStateException("claim lookup failed", e);
    }
  }

  List<DeviceView> list(String siteId) {
    String sql =
        "SELECT d.device_id, d.site_id, d.hardware_id, d.agent_version, d.provisioned_at,"
            + " d.revoked_at, coalesce(s.online, false), s.last_seen, s.health::text"
            + " FROM device d LEFT JOIN device_status s ON s.device_id = d.device_id"
            + " WHERE d.site_id = ? ORDER BY d.provisioned_at, d.device_id";
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, siteId);
      List<DeviceView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DeviceView(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  instant(rs.getTimestamp(5)),
                  instant(rs.getTimestamp(6)),
                  rs.getBoolean(7),
                  instant(rs.getTimestamp(8)),
                  parse(rs.getString(9))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("device list failed", e);
    }
  }

  /** Marks device and credential revoked; false when the device is not on that site. */
  boolean revoke(String siteId, String deviceId) {
    return updateBoth(
        siteId,
        deviceId,
        "UPDATE device SET revoked_at = now() WHERE site_id = ? AND device_id = ?",
        "UPDATE mqtt_principal SET revoked_at = now(), updated_at = now()"
            + " WHERE site_id = ? AND principal_id = ? AND kind = 'device'",
        null);
  }

  /** Replaces the credential and lifts a revocation; false when the device is not on the site. */
  boolean reprovision(String siteId, String deviceId, String secretHash) {
    return updateBoth(
        siteId,
        deviceId,
        "UPDATE device SET revoked_at = NULL WHERE site_id = ? AND device_id = ?",
        "UPDATE mqtt_principal SET secret_hash = ?, revoked_at = NULL, updated_at = now()"
            + " WHERE site_id = ? AND principal_id = ? AND kind = 'device'",
        secretHash);
  }

  private boolean updateBoth(
      String siteId, String deviceId, String deviceSql, String principalSql, String hash) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement d = c.prepareStatement(deviceSql);
          PreparedStatement p = c.prepareStatement(principalSql)) {
        d.setString(1, siteId);
        d.setString(2, deviceId);
        if (d.executeUpdate() != 1) {
          c.rollback();
          return false;
        }
        int i = 1;
        if (hash != null) {
          p.setString(i++, hash);
        }
        p.setString(i++, siteId);
        p.setString(i, deviceId);
        p.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("device update failed", e);
    }
  }

  /** Creates or refreshes the cloud's own MQTT principal. */
  void upsertCloudPrincipal(String username, String secretHash) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO mqtt_principal (principal_id, kind, secret_hash) VALUES (?, 'cloud', ?)"
                    + " ON CONFLICT (principal_id) DO UPDATE SET kind = 'cloud', site_id = NULL,"
                    + " secret_hash = EXCLUDED.secret_hash, revoked_at = NULL, updated_at = now()")) {
      ps.setString(1, username);
      ps.setString(2, secretHash);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cloud principal upsert failed", e);
    }
  }

  /** The current secret hash of a principal, to skip re-hashing an unchanged password. */
  Optional<String> principalHash(String principalId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT secret_hash FROM mqtt_principal WHERE principal_id = ? AND revoked_at IS NULL")) {
      ps.setString(1, principalId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("principal lookup failed", e);
    }
  }

  private JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}

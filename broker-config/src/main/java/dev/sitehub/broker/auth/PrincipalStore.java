package dev.sitehub.broker.auth;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Read-only access to the credential contract tables (mqtt_principal, mqtt_claim). */
public final class PrincipalStore {
  private final DataSource dataSource;

  public PrincipalStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<PrincipalRecord> find(String principalId) {
    String sql =
        "SELECT principal_id, kind, site_id, secret_hash, revoked_at IS NOT NULL"
            + " FROM mqtt_principal WHERE principal_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, principalId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PrincipalRecord(
                rs.getString(1),
                "cloud".equals(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5)));
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("principal lookup failed", e);
    }
  }

  /** True if the digest names a claim that is neither used nor expired. */
  public boolean isClaimUsable(String codeDigest) {
    String sql =
        "SELECT 1 FROM mqtt_claim WHERE code_digest = ? AND used_at IS NULL AND expires_at > now()";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, codeDigest);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("claim lookup failed", e);
    }
  }

  /** Of the given ids, those that still exist and are not revoked. */
  public Set<String> active(Collection<String> principalIds) {
    Set<String> active = new HashSet<>();
    if (principalIds.isEmpty()) {
      return active;
    }
    String sql =
        "SELECT principal_id FROM mqtt_principal"
            + " WHERE principal_id = ANY(?) AND revoked_at IS NULL";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      Array ids = c.createArrayOf("text", principalIds.toArray());
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          active.add(rs.getString(1));
        }
      }
      return active;
    } catch (SQLException e) {
      throw new StoreUnavailableException("revocation check failed", e);
    }
  }
}

package dev.sitehub.broker.embedded;

import dev.sitehub.protocol.DeviceSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes the credential contract tables for tests and the local stack, where no cloud has issued
 * credentials yet. In production only the cloud writes these tables.
 */
public final class LocalCredentialStore {
  private static final String CONTRACT = "db/contract/V1_0__broker_contract.sql";

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final int iterations;

  /**
   * @param iterations PBKDF2 iterations for new hashes; tests may use {@link
   *     DeviceSecrets#MIN_ITERATIONS} to stay fast, the format and check are the production ones
   */
  public LocalCredentialStore(String jdbcUrl, String user, String password, int iterations) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password == null ? "" : password;
    this.iterations = iterations;
  }

  /** Creates mqtt_principal and mqtt_claim if absent (the protocol module's contract SQL). */
  public void applyContract() {
    try (InputStream in =
        LocalCredentialStore.class.getClassLoader().getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACT + " not on the class path");
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try (Connection c = connect();
          Statement st = c.createStatement()) {
        st.execute(sql);
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("cannot apply the broker contract", e);
    }
  }

  /** Registers a device bound to a site and returns its new secret (the MQTT password). */
  public String registerDevice(String siteId, String deviceId) {
    String secret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash)"
            + " VALUES (?, 'device', ?, ?)",
        deviceId,
        siteId,
        DeviceSecrets.hash(secret, iterations));
    return secret;
  }

  /** Registers the cloud service principal and returns its new secret. */
  public String registerCloud(String username) {
    String secret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, secret_hash) VALUES (?, 'cloud', ?)",
        username,
        DeviceSecrets.hash(secret, iterations));
    return secret;
  }

  /** Stores a claim code (as its digest) that a provisioner may use until {@code expiresAt}. */
  public void registerClaim(String claimCode, String siteId, Instant expiresAt) {
    update(
        "INSERT INTO mqtt_claim (code_digest, site_id, expires_at) VALUES (?, ?, ?)",
        DeviceSecrets.claimDigest(claimCode),
        siteId,
        Timestamp.from(expiresAt));
  }

  public void revoke(String principalId) {
    update("UPDATE mqtt_principal SET revoked_at = now() WHERE principal_id = ?", principalId);
  }

  /** Deletes the principal's row, as when a device is decommissioned. */
  public void delete(String principalId) {
    update("DELETE FROM mqtt_principal WHERE principal_id = ?", principalId);
  }

  private void update(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("credential store update failed", e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }
}

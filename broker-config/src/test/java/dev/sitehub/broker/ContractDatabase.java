package dev.sitehub.broker;

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
import java.util.UUID;

/**
 * A private schema on the shared test PostgreSQL with the broker contract applied: each test class
 * owns one, so classes never see each other's principals.
 */
public final class ContractDatabase implements AutoCloseable {
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String USER = "postgres";
  private static final String CONTRACT = "db/contract/V1_0__broker_contract.sql";

  /** Low PBKDF2 cost keeps tests fast; the format and check are the production ones. */
  private static final int TEST_ITERATIONS = DeviceSecrets.MIN_ITERATIONS;

  private final String schema;

  private ContractDatabase(String schema) {
    this.schema = schema;
  }

  public static ContractDatabase create() {
    String schema = "broker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ContractDatabase db = new ContractDatabase(schema);
    try (InputStream in = ContractDatabase.class.getClassLoader().getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACT + " not on the test classpath");
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try (Connection c = DriverManager.getConnection(SERVER, USER, "");
          Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      }
      db.execute(sql);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("cannot prepare schema " + schema, e);
    }
    return db;
  }

  public String jdbcUrl() {
    return SERVER + "?currentSchema=" + schema;
  }

  /** Registers a device and returns its secret. */
  public String addDevice(String siteId, String deviceId) {
    String secret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash)"
            + " VALUES (?, 'device', ?, ?)",
        deviceId,
        siteId,
        DeviceSecrets.hash(secret, TEST_ITERATIONS));
    return secret;
  }

  /** Registers the cloud principal and returns its secret. */
  public String addCloud(String username) {
    String secret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, secret_hash) VALUES (?, 'cloud', ?)",
        username,
        DeviceSecrets.hash(secret, TEST_ITERATIONS));
    return secret;
  }

  public void addClaim(String claimCode, String siteId, Instant expiresAt) {
    update(
        "INSERT INTO mqtt_claim (code_digest, site_id, expires_at) VALUES (?, ?, ?)",
        DeviceSecrets.claimDigest(claimCode),
        siteId,
        Timestamp.from(expiresAt));
  }

  public void revoke(String principalId) {
    update("UPDATE mqtt_principal SET revoked_at = now() WHERE principal_id = ?", principalId);
  }

  private void update(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, "");
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("test data update failed", e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @Override
  public void close() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop schema " + schema, e);
    }
  }
}

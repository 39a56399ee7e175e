package dev.sitehub.broker;

import dev.sitehub.broker.embedded.LocalCredentialStore;
import dev.sitehub.protocol.DeviceSecrets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * A private schema on the shared test PostgreSQL with the broker contract applied: each test class
 * owns one, so classes never see each other's principals.
 */
public final class ContractDatabase implements AutoCloseable {
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String USER = "postgres";

  private final String schema;
  private final LocalCredentialStore store;

  private ContractDatabase(String schema) {
    this.schema = schema;
    // Low PBKDF2 cost keeps tests fast; the format and check are the production ones.
    this.store = new LocalCredentialStore(jdbcUrl(), USER, "", DeviceSecrets.MIN_ITERATIONS);
  }

  public static ContractDatabase create() {
    String schema = "broker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    ContractDatabase db = new ContractDatabase(schema);
    db.store.applyContract();
    return db;
  }

  public String jdbcUrl() {
    return SERVER + "?currentSchema=" + schema;
  }

  /** Registers a device and returns its secret. */
  public String addDevice(String siteId, String deviceId) {
    return store.registerDevice(siteId, deviceId);
  }

  /** Registers the cloud principal and returns its secret. */
  public String addCloud(String username) {
    return store.registerCloud(username);
  }

  public void addClaim(String claimCode, String siteId, Instant expiresAt) {
    store.registerClaim(claimCode, siteId, expiresAt);
  }

  public void revoke(String principalId) {
    store.revoke(principalId);
  }

  public void delete(String principalId) {
    store.delete(principalId);
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

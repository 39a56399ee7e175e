package dev.sitehub.edge.it;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.MqttUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A real broker for edge tests: the embedded HiveMQ with the SiteHub extension, reading credentials
 * from a private PostgreSQL schema that this fixture creates, fills and drops.
 */
public final class BrokerFixture implements AutoCloseable {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String CONTRACT = "db/contract/V1_0__broker_contract.sql";

  private final String schema;
  private final String cloudSecret;
  private EmbeddedBroker broker;
  private int port;

  private BrokerFixture(String schema) {
    this.schema = schema;
    execute(SERVER, "CREATE SCHEMA " + schema);
    execute(jdbcUrl(), contractSql());
    this.cloudSecret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, secret_hash) VALUES (?, 'cloud', ?)",
        MqttUsers.CLOUD,
        DeviceSecrets.hash(cloudSecret, DeviceSecrets.MIN_ITERATIONS));
  }

  /** A fresh schema and an in-memory broker on a free port. */
  public static BrokerFixture start() {
    BrokerFixture f = newSchema();
    f.startBroker(0, null);
    return f;
  }

  /** A fresh schema and a broker with file persistence in {@code dataDir}, so it can restart. */
  public static BrokerFixture startPersistent(Path dataDir) {
    BrokerFixture f = newSchema();
    f.startBroker(0, dataDir);
    return f;
  }

  private static BrokerFixture newSchema() {
    return new BrokerFixture(
        "edge_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  private void startBroker(int wantedPort, Path dataDir) {
    EmbeddedBrokerConfig.Builder b =
        EmbeddedBrokerConfig.builder()
            .port(wantedPort)
            .jdbcUrl(jdbcUrl())
            .cacheTtl(Duration.ofSeconds(1));
    if (dataDir != null) {
      b.dataDir(dataDir);
    }
    broker = EmbeddedBroker.start(b.build());
    port = broker.port();
  }

  /** Stops the broker (clients lose their connection); {@link #restart} brings a new one up. */
  public void stopBroker() {
    broker.close();
    broker = null;
  }

  /** A new broker instance on the same port and folder, as after a broker crash and restart. */
  public void restart(Path dataDir) {
    startBroker(port, dataDir);
  }

  public int port() {
    return port;
  }

  public String serverUri() {
    return "tcp://127.0.0.1:" + port;
  }

  public String cloudSecret() {
    return cloudSecret;
  }

  public String jdbcUrl() {
    return SERVER + "?currentSchema=" + schema;
  }

  /** Registers a device (low PBKDF2 cost for speed) and returns its secret. */
  public String addDevice(String siteId, String deviceId) {
    String secret = DeviceSecrets.newSecret();
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash)"
            + " VALUES (?, 'device', ?, ?)",
        deviceId,
        siteId,
        DeviceSecrets.hash(secret, DeviceSecrets.MIN_ITERATIONS));
    return secret;
  }

  public void addDeviceWithSecret(String siteId, String deviceId, String secret) {
    update(
        "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash)"
            + " VALUES (?, 'device', ?, ?)",
        deviceId,
        siteId,
        DeviceSecrets.hash(secret, DeviceSecrets.MIN_ITERATIONS));
  }

  public void addClaim(String claimCode, String siteId) {
    update(
        "INSERT INTO mqtt_claim (code_digest, site_id, expires_at) VALUES (?, ?, ?)",
        DeviceSecrets.claimDigest(claimCode),
        siteId,
        Timestamp.from(Instant.now().plusSeconds(600)));
  }

  private static String contractSql() {
    try (InputStream in = BrokerFixture.class.getClassLoader().getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACT + " not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("test data update failed", e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed", e);
    }
  }

  @Override
  public void close() {
    if (broker != null) {
      broker.close();
    }
    execute(SERVER, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }
}

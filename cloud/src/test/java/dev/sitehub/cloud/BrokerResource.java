package dev.sitehub.cloud;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.protocol.MqttUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Starts the real embedded HiveMQ with the SiteHub extension on a free port for every Quarkus test,
 * reading the credential tables in the cloud's test schema. The schema is migrated first, because
 * the extension checks its credential store when it starts. (sitehub.mqtt.enabled is left to the
 * test profile, so a profile can turn the application's own consumer off.)
 */
@QuarkusTestResource(BrokerResource.class)
public class BrokerResource implements QuarkusTestResourceLifecycleManager {
  /**
   * One schema per test JVM, so that concurrent runs (several engineers share this database) never
   * migrate or drop each other's tables.
   */
  public static final String SCHEMA =
      "cloud_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  /** Host, port and database of the %test datasource in application.properties. */
  private static final String DATABASE = testDatabase();

  public static final String JDBC_URL =
      "jdbc:postgresql://" + DATABASE + "?currentSchema=" + SCHEMA;
  public static final String CLOUD_PASSWORD = "cloud-test-password";

  private EmbeddedBroker broker;

  @Override
  public Map<String, String> start() {
    // The schema belongs to this JVM alone: start from an empty one, so every run also proves
    // that the migrations apply from scratch.
    try (Connection c = DriverManager.getConnection(JDBC_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset test schema", e);
    }
    Flyway.configure()
        .dataSource(JDBC_URL, "postgres", "")
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .locations("classpath:db/contract", "classpath:db/migration")
        .load()
        .migrate();
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .jdbcUrl(JDBC_URL)
                .cacheTtl(Duration.ofSeconds(1))
                .revocationCheckInterval(Duration.ofSeconds(1))
                .build());
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", JDBC_URL);
    config.put(
        "quarkus.datasource.reactive.url", "postgresql://" + DATABASE + "?search_path=" + SCHEMA);
    config.put("quarkus.flyway.schemas", SCHEMA);
    config.put("quarkus.flyway.default-schema", SCHEMA);
    config.put("sitehub.mqtt.host", "127.0.0.1");
    config.put("sitehub.mqtt.port", String.valueOf(broker.port()));
    config.put("sitehub.mqtt.password", CLOUD_PASSWORD);
    config.put(
        "sitehub.mqtt.client-id",
        MqttUsers.CLOUD + "-test-" + UUID.randomUUID().toString().substring(0, 8));
    return config;
  }

  // Branches that test against their own database change only the %test datasource URLs.
  private static String testDatabase() {
    Properties p = new Properties();
    try (InputStream in =
        BrokerResource.class.getClassLoader().getResourceAsStream("application.properties")) {
      p.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read application.properties", e);
    }
    String url = p.getProperty("%test.quarkus.datasource.jdbc.url", "");
    String prefix = "jdbc:postgresql://";
    if (!url.startsWith(prefix)) {
      throw new IllegalStateException("unexpected %test JDBC URL: " + url);
    }
    int query = url.indexOf('?');
    return url.substring(prefix.length(), query < 0 ? url.length() : query);
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
    try (Connection c = DriverManager.getConnection(JDBC_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + SCHEMA, e);
    }
  }
}

package dev.sitehub.cloud;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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

  public static final String JDBC_URL =
      "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;
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
        "quarkus.datasource.reactive.url",
        "postgresql://127.0.0.1:5432/test?search_path=" + SCHEMA);
    config.put("quarkus.flyway.schemas", SCHEMA);
    config.put("quarkus.flyway.default-schema", SCHEMA);
    config.put("sitehub.mqtt.host", "127.0.0.1");
    config.put("sitehub.mqtt.port", String.valueOf(broker.port()));
    config.put("sitehub.mqtt.password", CLOUD_PASSWORD);
    config.put(
        "sitehub.mqtt.client-id", "cloud-test-" + UUID.randomUUID().toString().substring(0, 8));
    return config;
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

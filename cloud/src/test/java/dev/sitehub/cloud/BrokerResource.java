package dev.sitehub.cloud;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
  public static final String SCHEMA = "cloud_test";

  /** The test profile's JDBC URL, so the database is chosen by that one property alone. */
  public static final String JDBC_URL = testJdbcUrl();

  public static final String CLOUD_PASSWORD = "cloud-test-password";

  private EmbeddedBroker broker;

  @Override
  public Map<String, String> start() {
    // The schema belongs to these tests alone: start each run from an empty one, so every run
    // also proves the migrations apply from scratch.
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
    return Map.of(
        "sitehub.mqtt.host",
        "127.0.0.1",
        "sitehub.mqtt.port",
        String.valueOf(broker.port()),
        "sitehub.mqtt.password",
        CLOUD_PASSWORD,
        "sitehub.mqtt.client-id",
        "cloud-test-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String testJdbcUrl() {
    Properties p = new Properties();
    try (InputStream in =
        BrokerResource.class.getClassLoader().getResourceAsStream("application.properties")) {
      p.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read application.properties", e);
    }
    String url = p.getProperty("%test.quarkus.datasource.jdbc.url");
    if (url == null || !url.contains("currentSchema=" + SCHEMA)) {
      throw new IllegalStateException("%test JDBC URL must use schema " + SCHEMA + ": " + url);
    }
    return url;
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}

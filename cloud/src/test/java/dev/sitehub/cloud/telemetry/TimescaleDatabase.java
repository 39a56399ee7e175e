package dev.sitehub.cloud.telemetry;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway database on a TimescaleDB server, laid out as a deployment is: the extension in
 * {@code public}, the application's tables in a schema of their own ({@code app}), which is all the
 * application's search path holds. Migrated and initialized as the cloud does at startup.
 */
final class TimescaleDatabase implements AutoCloseable {
  /** Where to find a server with TimescaleDB: {@code -Dsitehub.timescale.url=jdbc:...}. */
  static final String URL_PROPERTY = "sitehub.timescale.url";

  private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  final PGSimpleDataSource ds;
  final StorageConfig config;
  final TimescaleStorage storage;
  private final String adminUrl;
  private final Properties credentials;
  private final String name;

  private TimescaleDatabase(
      String adminUrl, Properties credentials, String name, PGSimpleDataSource ds) {
    this.adminUrl = adminUrl;
    this.credentials = credentials;
    this.name = name;
    this.ds = ds;
    this.config =
        new SmallRyeConfigBuilder()
            .withMapping(StorageConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .build()
            .getConfigMapping(StorageConfig.class);
    this.storage = new TimescaleStorage(ds, config);
  }

  /**
   * The admin URL of a server whose TimescaleDB is preloaded: the system property if set, else the
   * local server if it has the extension; null when neither does (the reason is in {@link
   * #absentReason()}).
   */
  static String serverUrl() {
    String configured = System.getProperty(URL_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    try (Connection c = DriverManager.getConnection(LOCAL);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')"
                    + " AND current_setting('shared_preload_libraries') LIKE '%timescaledb%'")) {
      rs.next();
      return rs.getBoolean(1) ? LOCAL : null;
    } catch (SQLException e) {
      return null;
    }
  }

  static String absentReason() {
    return "TimescaleDB is not installed or preloaded on 127.0.0.1:5432 (no package exists for"
        + " Debian 12 here) and -D"
        + URL_PROPERTY
        + " is not set; docs/operations.md says how to run this against TimescaleDB";
  }

  /** Creates, migrates and initializes a new database on the server at {@code adminUrl}. */
  static TimescaleDatabase create(String adminUrl, Properties credentials) throws Exception {
    String name = "sitehub_tsc_" + Long.toHexString(System.nanoTime());
    try (Connection c = DriverManager.getConnection(adminUrl, credentials);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String dbUrl = withDatabase(adminUrl, name);
    try (Connection c = DriverManager.getConnection(dbUrl, credentials);
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS timescaledb SCHEMA public");
      s.execute("CREATE SCHEMA app");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=app");
    if (credentials.getProperty("user") != null) {
      ds.setUser(credentials.getProperty("user"));
      ds.setPassword(credentials.getProperty("password", ""));
    }
    Flyway.configure()
        .dataSource(ds)
        .schemas("app")
        .defaultSchema("app")
        .locations("classpath:db/contract", "classpath:db/migration")
        .load()
        .migrate();
    TimescaleDatabase db = new TimescaleDatabase(adminUrl, credentials, name, ds);
    db.storage.initialize();
    return db;
  }

  private static String withDatabase(String url, String database) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl, credentials);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}

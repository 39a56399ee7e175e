package dev.sitehub.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The database of the local stack: an embedded PostgreSQL (zonky) whose data folder survives
 * restarts, or an external one when a JDBC URL is configured.
 */
final class LocalDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());
  static final String DATABASE = "sitehub";

  private final EmbeddedPostgres embedded;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private LocalDatabase(EmbeddedPostgres embedded, String jdbcUrl, String user, String password) {
    this.embedded = embedded;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** Uses the external database when {@code externalUrl} is set, else starts the embedded one. */
  static LocalDatabase start(Path dataDir, String externalUrl, String user, String password)
      throws IOException, SQLException {
    if (externalUrl != null && !externalUrl.isBlank()) {
      LOG.info("Using the configured database " + externalUrl.replaceAll("password=[^&]*", ""));
      return new LocalDatabase(null, externalUrl, user, password);
    }
    Path pgData = dataDir.resolve("postgres");
    Files.createDirectories(pgData);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setPort(0)
            .start();
    String adminUrl = pg.getJdbcUrl("postgres", "postgres");
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + DATABASE);
        }
      }
    }
    LOG.info("Embedded PostgreSQL on port " + pg.getPort() + ", data in " + pgData);
    return new LocalDatabase(pg, pg.getJdbcUrl("postgres", DATABASE), "postgres", "");
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  /** The same database as a Vert.x reactive client URL, which has no {@code jdbc:} prefix. */
  String reactiveUrl() {
    String withoutPrefix = jdbcUrl.substring("jdbc:".length());
    int query = withoutPrefix.indexOf('?');
    return query < 0 ? withoutPrefix : withoutPrefix.substring(0, query);
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}

package dev.sitehub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server to create databases on: the machine's shared one (never stopped), or an
 * embedded zonky instance on a fixed port and folder, which a fault test may stop and start again.
 */
public final class PgServer implements AutoCloseable {
  private final String host;
  private final int port;
  private final Path dataDir;
  private EmbeddedPostgres embedded;

  private PgServer(String host, int port, Path dataDir) {
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
  }

  /** The server already running at {@code host:port} (trust auth, user postgres). */
  public static PgServer external(String host, int port) {
    return new PgServer(host, port, null);
  }

  /** Starts an embedded server whose data stays in {@code dataDir} across stop/start. */
  public static PgServer embedded(Path dataDir) throws IOException {
    PgServer s = new PgServer("127.0.0.1", freePort(), dataDir);
    s.start();
    return s;
  }

  public boolean isEmbedded() {
    return dataDir != null;
  }

  /** Starts the embedded server again on the same port and folder. */
  public synchronized void start() throws IOException {
    requireEmbedded();
    if (embedded == null) {
      embedded =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("max_connections", "200")
              .start();
    }
  }

  /** Stops the embedded server (a fast shutdown: clients see their connections drop). */
  public synchronized void stop() throws IOException {
    requireEmbedded();
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** Drops {@code name} if it exists and creates it empty. */
  public Database freshDatabase(String name) throws SQLException {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("bad database name " + name);
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return new Database(host, port, name, "postgres");
  }

  private void requireEmbedded() {
    if (dataDir == null) {
      throw new IllegalStateException("the shared server is never stopped or started by tests");
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      stop();
    }
  }
}

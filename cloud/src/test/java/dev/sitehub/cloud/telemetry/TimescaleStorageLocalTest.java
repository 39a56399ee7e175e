package dev.sitehub.cloud.telemetry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The twin of {@link TimescaleStorageContainerTest} that runs on this machine's PostgreSQL: it
 * applies the same checks in its own database when the timescaledb extension is preloaded there,
 * and is skipped (not failed) when it is absent, as it is here.
 */
class TimescaleStorageLocalTest {
  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Test
  void timescaleLayout_onLocalServer_verifiedOrSkippedWhenAbsent() throws Exception {
    assumeTrue(timescalePreloaded(), "timescaledb extension not available on 127.0.0.1:5432");
    String db = "sitehub_ts_" + Long.toHexString(System.nanoTime());
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    }
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + db);
      ds.setUser("postgres");
      TimescaleContract.verify(ds);
    } finally {
      try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      }
    }
  }

  private static boolean timescalePreloaded() throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')"
                    + " AND current_setting('shared_preload_libraries') LIKE '%timescaledb%'")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}

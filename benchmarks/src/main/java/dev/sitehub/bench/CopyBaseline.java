package dev.sitehub.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;

/**
 * Baseline: raw pgJDBC COPY into a table with the reading table's layout (partitioned by day, with
 * the (site, sensor, ts) index), in the same CSV form the cloud writes. No dedupe, no bookkeeping.
 */
public final class CopyBaseline {
  private final Database db;

  public CopyBaseline(Database db) {
    this.db = db;
  }

  /** COPYs {@code rows} rows in chunks of {@code chunk}; returns rows per second. */
  public double run(int rows, int chunk) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS baseline_reading");
      s.execute(
          "CREATE TABLE baseline_reading (ts timestamptz NOT NULL, site_id text NOT NULL,"
              + " device_id text NOT NULL, sensor_id text NOT NULL, kind text NOT NULL,"
              + " value double precision NOT NULL) PARTITION BY RANGE (ts)");
      s.execute(
          "CREATE TABLE baseline_reading_days PARTITION OF baseline_reading FOR VALUES FROM ('"
              + today.minusDays(1)
              + " 00:00:00+00') TO ('"
              + today.plusDays(2)
              + " 00:00:00+00')");
      s.execute("CREATE INDEX ON baseline_reading (site_id, sensor_id, ts)");
    }
    Instant base = Instant.now();
    long start = System.nanoTime();
    int done = 0;
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      while (done < rows) {
        int n = Math.min(chunk, rows - done);
        StringBuilder csv = new StringBuilder(n * 80);
        for (int i = 0; i < n; i++) {
          int k = done + i;
          csv.append(base.minusMillis(k % 600_000))
              .append(",site-")
              .append(k % 20)
              .append(",dev-")
              .append(k % 20)
              .append(",s")
              .append(k % 8)
              .append(",temperature,")
              .append(k)
              .append('\n');
        }
        copy(c, csv.toString());
        c.commit();
        done += n;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE baseline_reading");
    }
    return rows / seconds;
  }

  private static void copy(Connection c, String csv) throws SQLException {
    try {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY baseline_reading (ts, site_id, device_id, sensor_id, kind, value)"
                  + " FROM STDIN (FORMAT csv)",
              new StringReader(csv));
    } catch (java.io.IOException e) {
      throw new SQLException("COPY failed", e);
    }
  }
}

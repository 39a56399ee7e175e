package dev.sitehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Chart query cost: fills 30 days of readings for one site by COPY (one reading per sensor every 10
 * s, in the cloud's own daily partitions) and their 1-minute rollup, then times the portal's chart
 * call, a 30-day range in 1-minute buckets through the public API as a signed-in member of the
 * site.
 */
public final class ChartBench {
  public static final String SENSOR = "chart-s0";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Database db;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  public ChartBench(Database db, URI base) {
    this.db = db;
    this.base = base;
  }

  /** Generates the readings; returns how many rows were written. */
  public long generate(String siteId, int sensors, Instant to) throws Exception {
    Instant from = to.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES).plusSeconds(3600);
    long rows = 0;
    try (Connection c = db.connect()) {
      c.setAutoCommit(true);
      for (LocalDate d = LocalDate.ofInstant(from, ZoneOffset.UTC);
          !d.isAfter(LocalDate.ofInstant(to, ZoneOffset.UTC));
          d = d.plusDays(1)) {
        try (Statement s = c.createStatement()) {
          s.execute(
              "CREATE TABLE IF NOT EXISTS reading_p"
                  + DAY.format(d)
                  + " PARTITION OF reading FOR VALUES FROM ('"
                  + d
                  + " 00:00:00+00') TO ('"
                  + d.plusDays(1)
                  + " 00:00:00+00')");
        }
      }
      StringBuilder csv = new StringBuilder();
      for (Instant t = from; t.isBefore(to); t = t.plusSeconds(10)) {
        for (int s = 0; s < sensors; s++) {
          csv.append(t)
              .append(',')
              .append(siteId)
              .append(",chart-dev,chart-s")
              .append(s)
              .append(",temperature,")
              .append(20 + (t.getEpochSecond() % 600) / 100.0)
              .append('\n');
          rows++;
        }
        if (csv.length() > 4_000_000) {
          copy(c, csv);
        }
      }
      copy(c, csv);
      // COPY bypasses the ingest writer, which keeps the 1-minute rollup; fill it the way
      // migration V8_0 backfills readings stored before the rollup existed.
      try (var ps =
          c.prepareStatement(
              "INSERT INTO reading_rollup_1m SELECT site_id, sensor_id, kind,"
                  + " date_bin('60 seconds', ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS b,"
                  + " count(*), sum(value), min(value), max(value), max(ts),"
                  + " (array_agg(value ORDER BY ts DESC))[1] FROM reading"
                  + " WHERE site_id = ? AND device_id = 'chart-dev'"
                  + " GROUP BY site_id, sensor_id, kind, b")) {
        ps.setString(1, siteId);
        ps.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE reading");
        s.execute("ANALYZE reading_rollup_1m");
      }
    }
    return rows;
  }

  private static void copy(Connection c, StringBuilder csv) throws Exception {
    c.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "COPY reading (ts, site_id, device_id, sensor_id, kind, value) FROM STDIN (FORMAT csv)",
            new StringReader(csv.toString()));
    csv.setLength(0);
  }

  /**
   * Signs in, warms up, then times {@code runs} chart calls; returns the sorted latencies in ms and
   * checks each answer has the expected bucket count.
   */
  public List<Double> query(
      String siteId, String user, String password, Instant to, int runs, boolean columns)
      throws Exception {
    String token =
        json.readTree(
                send(
                    HttpRequest.newBuilder(base.resolve("/api/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                json.createObjectNode()
                                    .put("username", user)
                                    .put("password", password)
                                    .toString()))
                        .build()))
            .get("token")
            .asText();
    Instant from = to.minus(Duration.ofDays(30));
    URI uri =
        base.resolve(
            "/api/sites/"
                + siteId
                + "/sensors/"
                + SENSOR
                + "/readings?kind=temperature&bucket=1m&from="
                + from
                + "&to="
                + to
                + (columns ? "&format=columns" : ""));
    HttpRequest get =
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
    for (int i = 0; i < 3; i++) {
      buckets(send(get));
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      String body = send(get);
      ms.add((System.nanoTime() - t0) / 1e6);
      if (buckets(body) < 40_000) {
        throw new IllegalStateException("chart answer has too few buckets: " + buckets(body));
      }
    }
    Collections.sort(ms);
    return ms;
  }

  /** Percentiles of the chart's SQL over JDBC: raw rows, the old rollup form, the cloud's path. */
  public record SqlCost(
      double rawP50,
      double rawP95,
      double unionP50,
      double unionP95,
      double rollupP50,
      double rollupP95) {}

  /**
   * Profiles the chart's SQL without HTTP and JSON: the bucket query over raw rows (what the cloud
   * ran before the rollup), the rollup read as one UNION with ORDER BY (the cloud's query until
   * 2026-12-04, whose sort spilled to disk), and the cloud's path now: the partial first minute
   * from raw rows, the whole minutes from {@code reading_rollup_1m} in primary-key order (no sort),
   * the partial last minute from raw rows, on one connection.
   */
  public SqlCost sqlCost(String siteId, Instant to, int runs) throws Exception {
    Instant from = to.minus(Duration.ofDays(30));
    String raw =
        "SELECT date_bin('60 seconds'::interval, ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS b,"
            + " avg(value), min(value), max(value), (array_agg(value ORDER BY ts DESC))[1],"
            + " count(*) FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = 'temperature'"
            + " AND ts >= ? AND ts < ?"
            + " GROUP BY b ORDER BY b";
    Instant lo = from.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    Instant hi = to.truncatedTo(ChronoUnit.MINUTES);
    String union =
        "SELECT bucket, sum / n, min, max, last_value, n FROM reading_rollup_1m"
            + " WHERE site_id = ? AND sensor_id = ? AND kind = 'temperature' AND bucket >= ?"
            + " AND bucket < ? UNION ALL SELECT date_bin('60 seconds', ts,"
            + " TIMESTAMPTZ '2000-01-01 00:00:00+00') AS b, avg(value), min(value), max(value),"
            + " (array_agg(value ORDER BY ts DESC))[1], count(*) FROM reading WHERE site_id = ?"
            + " AND sensor_id = ? AND kind = 'temperature' AND ((ts >= ? AND ts < ?)"
            + " OR (ts >= ? AND ts < ?)) GROUP BY b ORDER BY 1";
    String whole =
        "SELECT bucket, sum / n, min, max, last_value, n FROM reading_rollup_1m"
            + " WHERE site_id = ? AND sensor_id = ? AND kind = 'temperature' AND bucket >= ?"
            + " AND bucket < ? ORDER BY bucket";
    String partial =
        "SELECT min(ts), avg(value), min(value), max(value), (array_agg(value ORDER BY ts DESC))[1],"
            + " count(*) FROM reading WHERE site_id = ? AND sensor_id = ? AND kind = 'temperature'"
            + " AND ts >= ? AND ts < ? HAVING count(*) > 0";
    try (Connection c = db.connect();
        PreparedStatement rawSql = bound(c, raw, siteId, from, to);
        PreparedStatement unionSql = c.prepareStatement(union);
        PreparedStatement head = bound(c, partial, siteId, from, lo);
        PreparedStatement body = bound(c, whole, siteId, lo, hi);
        PreparedStatement tail = bound(c, partial, siteId, hi, to)) {
      // The old form names (site, sensor) twice around six bounds.
      int p = 1;
      for (Object v : new Object[] {siteId, SENSOR, lo, hi, siteId, SENSOR, from, lo, hi, to}) {
        if (v instanceof Instant t) {
          unionSql.setTimestamp(p++, Timestamp.from(t));
        } else {
          unionSql.setString(p++, (String) v);
        }
      }
      List<Double> rawMs = time(List.of(rawSql), runs);
      List<Double> unionMs = time(List.of(unionSql), runs);
      List<Double> rollMs = time(List.of(head, body, tail), runs);
      return new SqlCost(
          p(rawMs, 50), p(rawMs, 95), p(unionMs, 50), p(unionMs, 95), p(rollMs, 50), p(rollMs, 95));
    }
  }

  /** A statement over one sensor's (from, to) range: site, sensor, from, to in that order. */
  private static PreparedStatement bound(
      Connection c, String sql, String siteId, Instant from, Instant to) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setString(1, siteId);
    ps.setString(2, SENSOR);
    ps.setTimestamp(3, Timestamp.from(from));
    ps.setTimestamp(4, Timestamp.from(to));
    return ps;
  }

  /**
   * Times running the statements in order as one chart answer (two warm-up rounds, then {@code
   * runs}); checks the rows add up to a 30-day chart.
   */
  private static List<Double> time(List<PreparedStatement> statements, int runs)
      throws SQLException {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs + 2; i++) {
      long t0 = System.nanoTime();
      int rows = 0;
      for (PreparedStatement ps : statements) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows++;
          }
        }
      }
      if (rows < 40_000) {
        throw new IllegalStateException("chart SQL returned " + rows + " buckets");
      }
      if (i >= 2) {
        ms.add((System.nanoTime() - t0) / 1e6);
      }
    }
    Collections.sort(ms);
    return ms;
  }

  private static double p(List<Double> sorted, int pct) {
    return sorted.get(Math.max(0, (int) Math.ceil(pct / 100.0 * sorted.size()) - 1));
  }

  private int buckets(String body) throws Exception {
    JsonNode root = json.readTree(body);
    JsonNode n = root.has("t") ? root.get("t") : root.get("buckets");
    return n == null ? 0 : n.size();
  }

  private String send(HttpRequest r) throws Exception {
    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() != 200) {
      throw new IllegalStateException(r.uri().getPath() + " answered " + resp.statusCode());
    }
    return resp.body();
  }
}

package dev.sitehub.cloud.telemetry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What both layouts' bucket queries share: the bucket origin, the rule for "last", and reading
 * (bucket, avg, min, max, last, count) rows.
 */
final class BucketQueries {
  /**
   * Where buckets start counting, in both layouts: a Saturday, so 7-day buckets run Saturday to
   * Friday. TimescaleDB's time_bucket would start them on Monday 2000-01-03 without it.
   */
  static final String ORIGIN = "TIMESTAMPTZ '2000-01-01 00:00:00+00'";

  /**
   * The order that makes a bucket's "last" reading deterministic: the latest time, then the
   * greatest device id (several devices may report one sensor id), then the greatest value. Device
   * ids compare by code point ({@code COLLATE "C"}), as the writer's Java code compares them, never
   * by the database's locale.
   */
  static final String LAST_ORDER = "ts DESC, device_id COLLATE \"C\" DESC, value DESC";

  /** The last value of raw reading rows, by {@link #LAST_ORDER}. */
  static final String LAST_VALUE = "(array_agg(value ORDER BY " + LAST_ORDER + "))[1]";

  private BucketQueries() {}

  /** Compares device ids as {@link #LAST_ORDER} does: by Unicode code point. */
  static int compareDevices(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  static List<BucketPoint> read(PreparedStatement ps) throws SQLException {
    List<BucketPoint> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new BucketPoint(
                rs.getTimestamp(1).toInstant(),
                rs.getDouble(2),
                rs.getDouble(3),
                rs.getDouble(4),
                rs.getDouble(5),
                rs.getLong(6)));
      }
    }
    return out;
  }
}

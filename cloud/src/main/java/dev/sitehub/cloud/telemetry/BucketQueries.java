package dev.sitehub.cloud.telemetry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads (bucket, avg, min, max, last, count) rows, the shape both layouts' queries return. */
final class BucketQueries {
  private BucketQueries() {}

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

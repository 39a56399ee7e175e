package dev.sitehub.cloud.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The read side of telemetry: latest values, raw and bucketed series, events. */
@ApplicationScoped
public class TelemetryQueries {
  private final AgroalDataSource db;
  private final TelemetryStorage storage;
  private final ObjectMapper json;

  public TelemetryQueries(AgroalDataSource db, TelemetryStorage storage, ObjectMapper json) {
    this.db = db;
    this.storage = storage;
    this.json = json;
  }

  public String layout() {
    return storage.layout();
  }

  public List<LatestReadingView> latest(String siteId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT device_id, sensor_id, kind, unit, ts, value FROM reading_latest"
                    + " WHERE site_id = ? ORDER BY device_id, sensor_id, kind")) {
      ps.setString(1, siteId);
      List<LatestReadingView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new LatestReadingView(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toInstant(),
                  rs.getDouble(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("latest readings query failed", e);
    }
  }

  /** Raw points of a sensor; {@code kind} null means every kind the sensor reports. */
  public List<ReadingPoint> raw(
      String siteId, String sensorId, String kind, Instant from, Instant to, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT ts, device_id, kind, value FROM reading WHERE site_id = ? AND sensor_id = ?"
                    + " AND (?::text IS NULL OR kind = ?) AND ts >= ? AND ts < ?"
                    + " ORDER BY ts LIMIT ?")) {
      ps.setString(1, siteId);
      ps.setString(2, sensorId);
      ps.setString(3, kind);
      ps.setString(4, kind);
      ps.setTimestamp(5, Timestamp.from(from));
      ps.setTimestamp(6, Timestamp.from(to));
      ps.setInt(7, limit);
      List<ReadingPoint> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ReadingPoint(
                  rs.getTimestamp(1).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getDouble(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("raw readings query failed", e);
    }
  }

  public List<BucketPoint> buckets(
      String siteId, String sensorId, String kind, Instant from, Instant to, Duration bucket) {
    try {
      return storage.buckets(siteId, sensorId, kind, from, to, bucket);
    } catch (SQLException e) {
      throw new IllegalStateException("bucket query failed", e);
    }
  }

  public List<EventView> events(String siteId, Instant from, Instant to, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT device_id, seq, ts, type, source, state, detail::text FROM device_event"
                    + " WHERE site_id = ? AND ts >= ? AND ts < ? ORDER BY ts DESC LIMIT ?")) {
      ps.setString(1, siteId);
      ps.setTimestamp(2, Timestamp.from(from));
      ps.setTimestamp(3, Timestamp.from(to));
      ps.setInt(4, limit);
      List<EventView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EventView(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getTimestamp(3).toInstant(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  json.readTree(rs.getString(7))));
        }
      } catch (IOException e) {
        throw new SQLException("bad event detail", e);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("event query failed", e);
    }
  }
}

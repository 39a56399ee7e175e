package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Snapshot metadata in PostgreSQL (table media_snapshot), over plain JDBC. */
public final class SnapshotRepository {
  private static final String COLUMNS =
      "id, site_id, device_id, camera_id, taken_at, seq, reason, width, height, motion_score,"
          + " size_bytes, sha256, storage_key, received_at";

  private final DataSource db;

  public SnapshotRepository(DataSource db) {
    this.db = db;
  }

  /** Inserts the row; empty when the same frame (camera, time, seq) was already archived. */
  public Optional<Snapshot> insert(Snapshot s) {
    String sql =
        "INSERT INTO media_snapshot (site_id, device_id, camera_id, taken_at, seq, reason, width,"
            + " height, motion_score, size_bytes, sha256, storage_key, received_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING "
            + COLUMNS;
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, s.siteId());
      ps.setString(2, s.deviceId());
      ps.setString(3, s.cameraId());
      ps.setTimestamp(4, Timestamp.from(s.takenAt()));
      ps.setLong(5, s.seq());
      ps.setString(6, s.reason().wireName());
      ps.setInt(7, s.width());
      ps.setInt(8, s.height());
      ps.setDouble(9, s.motionScore());
      ps.setInt(10, s.sizeBytes());
      ps.setString(11, s.sha256());
      ps.setString(12, s.storageKey());
      ps.setTimestamp(13, Timestamp.from(s.receivedAt()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new MediaException("insert snapshot", e);
    }
  }

  public Optional<Snapshot> find(String siteId, long id) {
    return one(
        "SELECT " + COLUMNS + " FROM media_snapshot WHERE site_id = ? AND id = ?",
        ps -> {
          ps.setString(1, siteId);
          ps.setLong(2, id);
        });
  }

  /** The newest snapshot of a camera, whatever its reason: what an idle live view shows. */
  public Optional<Snapshot> latest(String siteId, String deviceId, String cameraId) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM media_snapshot WHERE site_id = ? AND device_id = ? AND camera_id = ?"
            + " ORDER BY taken_at DESC LIMIT 1",
        ps -> {
          ps.setString(1, siteId);
          ps.setString(2, deviceId);
          ps.setString(3, cameraId);
        });
  }

  /** The newest snapshot of a camera with this reason taken at or after {@code since}. */
  public Optional<Snapshot> latestSince(
      String siteId, String deviceId, String cameraId, FrameReason reason, Instant since) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM media_snapshot WHERE site_id = ? AND device_id = ? AND camera_id = ?"
            + " AND reason = ? AND received_at >= ? ORDER BY taken_at DESC LIMIT 1",
        ps -> {
          ps.setString(1, siteId);
          ps.setString(2, deviceId);
          ps.setString(3, cameraId);
          ps.setString(4, reason.wireName());
          ps.setTimestamp(5, Timestamp.from(since));
        });
  }

  /**
   * The site's snapshot (any camera, any reason) taken closest to {@code at}, within {@code window}
   * either way; ties go to the earlier still.
   */
  public Optional<Snapshot> nearest(String siteId, Instant at, java.time.Duration window) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM media_snapshot WHERE site_id = ? AND taken_at BETWEEN ? AND ?"
            + " ORDER BY abs(extract(epoch FROM taken_at - ?::timestamptz)), taken_at, id"
            + " LIMIT 1",
        ps -> {
          ps.setString(1, siteId);
          ps.setTimestamp(2, Timestamp.from(at.minus(window)));
          ps.setTimestamp(3, Timestamp.from(at.plus(window)));
          ps.setTimestamp(4, Timestamp.from(at));
        });
  }

  /**
   * A bounded picture of a period for filed records: one still per UTC day (the daily still when
   * there is one, else the day's first) for the most recent {@code days} days, plus the {@code
   * latest} newest stills; oldest first, without duplicates.
   */
  public List<Snapshot> periodStills(
      String siteId, Instant from, Instant to, int days, int latest) {
    String perDay =
        "SELECT * FROM (SELECT DISTINCT ON (date_trunc('day', taken_at AT TIME ZONE 'UTC')) "
            + COLUMNS
            + " FROM media_snapshot WHERE site_id = ? AND taken_at >= ? AND taken_at < ?"
            + " ORDER BY date_trunc('day', taken_at AT TIME ZONE 'UTC') DESC,"
            + " (reason = 'daily') DESC, taken_at, id) d LIMIT ?";
    String newest =
        "SELECT "
            + COLUMNS
            + " FROM media_snapshot WHERE site_id = ? AND taken_at >= ? AND taken_at < ?"
            + " ORDER BY taken_at DESC, id DESC LIMIT ?";
    java.util.Map<Long, Snapshot> byId = new java.util.TreeMap<>();
    try (Connection c = db.getConnection()) {
      for (String sql : List.of(perDay, newest)) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, siteId);
          ps.setTimestamp(2, Timestamp.from(from));
          ps.setTimestamp(3, Timestamp.from(to));
          ps.setInt(4, sql == perDay ? days : latest);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Snapshot s = read(rs);
              byId.put(s.id(), s);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new MediaException("period stills", e);
    }
    return byId.values().stream()
        .sorted(java.util.Comparator.comparing(Snapshot::takenAt).thenComparing(Snapshot::id))
        .toList();
  }

  /** Snapshots matching the query, oldest first (the order a time-lapse needs). */
  public List<Snapshot> search(SnapshotQuery q) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM media_snapshot WHERE site_id = ?");
    List<Object> args = new ArrayList<>();
    args.add(q.siteId());
    q.cameraId()
        .ifPresent(
            cam -> {
              sql.append(" AND camera_id = ?");
              args.add(cam);
            });
    q.from()
        .ifPresent(
            t -> {
              sql.append(" AND taken_at >= ?");
              args.add(Timestamp.from(t));
            });
    q.to()
        .ifPresent(
            t -> {
              sql.append(" AND taken_at < ?");
              args.add(Timestamp.from(t));
            });
    if (!q.reasons().isEmpty()) {
      sql.append(" AND reason = ANY (?)");
      args.add(q.reasons().stream().map(FrameReason::wireName).toArray(String[]::new));
    }
    sql.append(" ORDER BY taken_at, id LIMIT ?");
    args.add(q.limit());
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        if (a instanceof String[] arr) {
          ps.setArray(i + 1, c.createArrayOf("text", arr));
        } else {
          ps.setObject(i + 1, a);
        }
      }
      List<Snapshot> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new MediaException("search snapshots", e);
    }
  }

  /** Up to {@code limit} snapshots of one reason taken before the cutoff, oldest first. */
  public List<Snapshot> expired(FrameReason reason, Instant cutoff, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM media_snapshot WHERE reason = ? AND taken_at < ?"
                    + " ORDER BY taken_at LIMIT ?")) {
      ps.setString(1, reason.wireName());
      ps.setTimestamp(2, Timestamp.from(cutoff));
      ps.setInt(3, limit);
      List<Snapshot> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new MediaException("list expired snapshots", e);
    }
  }

  public void delete(long id) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM media_snapshot WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new MediaException("delete snapshot", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private Optional<Snapshot> one(String sql, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new MediaException("read snapshot", e);
    }
  }

  private static Snapshot read(ResultSet rs) throws SQLException {
    return new Snapshot(
        rs.getLong("id"),
        rs.getString("site_id"),
        rs.getString("device_id"),
        rs.getString("camera_id"),
        rs.getTimestamp("taken_at").toInstant(),
        rs.getLong("seq"),
        FrameReason.fromWire(rs.getString("reason")).orElseThrow(),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getDouble("motion_score"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getString("storage_key"),
        rs.getTimestamp("received_at").toInstant());
  }
}

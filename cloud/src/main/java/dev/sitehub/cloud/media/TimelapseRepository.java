package dev.sitehub.cloud.media;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Time-lapse jobs in PostgreSQL (table media_timelapse_job). */
public final class TimelapseRepository {
  private final DataSource db;

  public TimelapseRepository(DataSource db) {
    this.db = db;
  }

  TimelapseJob insert(UUID id, TimelapseRequest r, Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO media_timelapse_job (id, site_id, camera_id, from_date, to_date,"
                    + " reasons, fps, status, requested_by, created_at, heartbeat_at)"
                    + " VALUES (?,?,?,?,?,?,?,'queued',?,?,?)")) {
      ps.setObject(1, id);
      ps.setString(2, r.siteId());
      ps.setString(3, r.cameraId());
      ps.setDate(4, Date.valueOf(r.from()));
      ps.setDate(5, Date.valueOf(r.to()));
      ps.setString(
          6, r.reasons().stream().map(x -> x.wireName()).sorted().collect(Collectors.joining(",")));
      ps.setInt(7, r.fps());
      ps.setString(8, r.requestedBy());
      ps.setTimestamp(9, Timestamp.from(now));
      ps.setTimestamp(10, Timestamp.from(now));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new MediaException("insert time-lapse job", e);
    }
    return find(r.siteId(), id).orElseThrow();
  }

  public Optional<TimelapseJob> find(String siteId, UUID id) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT * FROM media_timelapse_job WHERE site_id = ? AND id = ?")) {
      ps.setString(1, siteId);
      ps.setObject(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new MediaException("read time-lapse job", e);
    }
  }

  /** The site's newest jobs first, for the portal's time-lapse page. */
  public List<TimelapseJob> recent(String siteId, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT * FROM media_timelapse_job WHERE site_id = ?"
                    + " ORDER BY created_at DESC, id LIMIT ?")) {
      ps.setString(1, siteId);
      ps.setInt(2, limit);
      List<TimelapseJob> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new MediaException("list time-lapse jobs", e);
    }
  }

  void started(UUID id, int framesTotal) {
    update(
        "UPDATE media_timelapse_job SET status = 'running', frames_total = ? WHERE id = ?",
        ps -> {
          ps.setInt(1, framesTotal);
          ps.setObject(2, id);
        });
  }

  void progress(UUID id, int framesDone) {
    update(
        "UPDATE media_timelapse_job SET frames_done = ? WHERE id = ?",
        ps -> {
          ps.setInt(1, framesDone);
          ps.setObject(2, id);
        });
  }

  void done(UUID id, int framesDone, String key, long bytes, Instant now) {
    update(
        "UPDATE media_timelapse_job SET status = 'done', frames_done = ?, result_key = ?,"
            + " result_bytes = ?, finished_at = ? WHERE id = ?",
        ps -> {
          ps.setInt(1, framesDone);
          ps.setString(2, key);
          ps.setLong(3, bytes);
          ps.setTimestamp(4, Timestamp.from(now));
          ps.setObject(5, id);
        });
  }

  void failed(UUID id, String error, Instant now) {
    update(
        "UPDATE media_timelapse_job SET status = 'failed', error = ?, finished_at = ? WHERE id = ?",
        ps -> {
          ps.setString(1, error);
          ps.setTimestamp(2, Timestamp.from(now));
          ps.setObject(3, id);
        });
  }

  /** Marks the given open jobs as still owned by a live instance. */
  void touch(Collection<UUID> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    update(
        "UPDATE media_timelapse_job SET heartbeat_at = ? WHERE id = ANY (?)"
            + " AND status IN ('queued', 'running')",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids.toArray()));
        });
  }

  /**
   * Fails open jobs whose instance stopped touching them before {@code cutoff}; returns how many.
   */
  int abandonStale(Instant cutoff, Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE media_timelapse_job SET status = 'failed', finished_at = ?, error ="
                    + " 'abandoned: the instance rendering it stopped; request it again'"
                    + " WHERE status IN ('queued', 'running') AND heartbeat_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setTimestamp(2, Timestamp.from(cutoff));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new MediaException("abandon stale time-lapse jobs", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void update(String sql, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new MediaException("update time-lapse job", e);
    }
  }

  private static TimelapseJob read(ResultSet rs) throws SQLException {
    long bytes = rs.getLong("result_bytes");
    boolean noBytes = rs.wasNull();
    Timestamp finished = rs.getTimestamp("finished_at");
    return new TimelapseJob(
        rs.getObject("id", UUID.class),
        rs.getString("site_id"),
        rs.getString("camera_id"),
        rs.getDate("from_date").toLocalDate(),
        rs.getDate("to_date").toLocalDate(),
        rs.getInt("fps"),
        TimelapseJob.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getInt("frames_total"),
        rs.getInt("frames_done"),
        Optional.ofNullable(rs.getString("result_key")),
        noBytes ? Optional.empty() : Optional.of(bytes),
        Optional.ofNullable(rs.getString("error")),
        rs.getString("requested_by"),
        rs.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(finished).map(Timestamp::toInstant));
  }
}

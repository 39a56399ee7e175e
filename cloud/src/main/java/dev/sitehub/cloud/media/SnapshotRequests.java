package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.CommandType;
import dev.sitehub.protocol.message.FrameReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Snapshot-now over the command round trip: sends a snapshot command, records the device's
 * CommandResult, and completes the request when the device's "request" frame is archived. State is
 * in the database so the result and the frame may arrive at any instance; a waiter on this instance
 * is woken at once, others see it on their next poll.
 */
public final class SnapshotRequests {
  private static final Logger LOG = Logger.getLogger(SnapshotRequests.class);
  private static final Duration POLL = Duration.ofMillis(250);

  private final DataSource db;
  private final DeviceCommandSender commands;
  private final Duration commandTtl;
  private final Clock clock;
  private final Map<String, CompletableFuture<Void>> waiters = new ConcurrentHashMap<>();

  public SnapshotRequests(
      DataSource db, DeviceCommandSender commands, Duration commandTtl, Clock clock) {
    this.db = db;
    this.commands = commands;
    this.commandTtl = commandTtl;
    this.clock = clock;
  }

  /** Records and sends the command; throws {@link CommandNotSentException} if it cannot be sent. */
  public SnapshotRequest request(String siteId, String deviceId, String cameraId, String userId) {
    Instant now = clock.instant();
    Command cmd =
        new Command(
            UUID.randomUUID().toString(),
            CommandType.SNAPSHOT.wireName(),
            now,
            now.plus(commandTtl),
            Map.of("camera", cameraId));
    update(
        "INSERT INTO media_snapshot_request (command_id, site_id, device_id, camera_id,"
            + " requested_by, requested_at, expires_at) VALUES (?,?,?,?,?,?,?)",
        ps -> {
          ps.setString(1, cmd.commandId());
          ps.setString(2, siteId);
          ps.setString(3, deviceId);
          ps.setString(4, cameraId);
          ps.setString(5, userId);
          ps.setTimestamp(6, Timestamp.from(now));
          ps.setTimestamp(7, Timestamp.from(cmd.expiresAt()));
        });
    try {
      commands.send(siteId, deviceId, cmd);
    } catch (CommandNotSentException e) {
      update(
          "DELETE FROM media_snapshot_request WHERE command_id = ?",
          ps -> ps.setString(1, cmd.commandId()));
      throw e;
    }
    LOG.infof(
        "snapshot requested site=%s device=%s camera=%s command=%s",
        siteId, deviceId, cameraId, cmd.commandId());
    return find(siteId, cmd.commandId()).orElseThrow();
  }

  /**
   * The device's answer. Returns false when the command id is not a snapshot request of this
   * device, so the caller can route the result elsewhere.
   */
  public boolean onCommandResult(String siteId, String deviceId, CommandResult result) {
    String status =
        switch (result.status()) {
          case OK -> "accepted";
          case ERROR -> "error";
          case REJECTED -> "rejected";
        };
    int n =
        update(
            "UPDATE media_snapshot_request SET status = ?, message = ?, completed_at = ?"
                + " WHERE command_id = ? AND site_id = ? AND device_id = ? AND status = 'pending'",
            ps -> {
              ps.setString(1, status);
              ps.setString(2, result.message());
              // An accepted request completes later, when its frame arrives.
              ps.setTimestamp(
                  3, "accepted".equals(status) ? null : Timestamp.from(clock.instant()));
              ps.setString(4, result.commandId());
              ps.setString(5, siteId);
              ps.setString(6, deviceId);
            });
    if (n == 0) {
      // Already completed by its frame, or not a snapshot request at all.
      return oneString(
              "SELECT command_id FROM media_snapshot_request"
                  + " WHERE command_id = ? AND site_id = ? AND device_id = ?",
              ps -> {
                ps.setString(1, result.commandId());
                ps.setString(2, siteId);
                ps.setString(3, deviceId);
              })
          != null;
    }
    LOG.infof(
        "snapshot result command=%s device=%s status=%s", result.commandId(), deviceId, status);
    wake(result.commandId());
    return true;
  }

  /**
   * A frame was archived: if it is a "request" frame, it completes the oldest open request of that
   * camera made before it arrived.
   */
  public void onArchived(Snapshot s) {
    if (s.reason() != FrameReason.REQUEST) {
      return;
    }
    String commandId =
        oneString(
            "UPDATE media_snapshot_request SET status = 'done', snapshot_id = ?, completed_at = ?"
                + " WHERE command_id = (SELECT command_id FROM media_snapshot_request"
                + " WHERE site_id = ? AND device_id = ? AND camera_id = ? AND snapshot_id IS NULL"
                + " AND status IN ('pending', 'accepted') AND requested_at <= ?"
                + " ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING command_id",
            ps -> {
              ps.setLong(1, s.id());
              ps.setTimestamp(2, Timestamp.from(clock.instant()));
              ps.setString(3, s.siteId());
              ps.setString(4, s.deviceId());
              ps.setString(5, s.cameraId());
              ps.setTimestamp(6, Timestamp.from(s.receivedAt()));
            });
    if (commandId != null) {
      LOG.infof("snapshot request done command=%s snapshot=%d", commandId, s.id());
      wake(commandId);
    }
  }

  public Optional<SnapshotRequest> find(String siteId, String commandId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT * FROM media_snapshot_request WHERE site_id = ? AND command_id = ?")) {
      ps.setString(1, siteId);
      ps.setString(2, commandId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new MediaException("read snapshot request", e);
    }
  }

  /** Waits up to {@code wait} for the request to reach a final state; returns its latest state. */
  public SnapshotRequest await(String siteId, String commandId, Duration wait) {
    Instant deadline = clock.instant().plus(wait);
    while (true) {
      SnapshotRequest r = find(siteId, commandId).orElseThrow();
      Duration left = Duration.between(clock.instant(), deadline);
      if (r.status().isFinal() || left.isNegative() || left.isZero()) {
        return r;
      }
      CompletableFuture<Void> signal =
          waiters.computeIfAbsent(commandId, k -> new CompletableFuture<>());
      try {
        signal.get(Math.min(left.toMillis(), POLL.toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // Another instance may have completed it: poll the database again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return r;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      } finally {
        waiters.remove(commandId, signal);
      }
    }
  }

  private void wake(String commandId) {
    CompletableFuture<Void> w = waiters.remove(commandId);
    if (w != null) {
      w.complete(null);
    }
  }

  private SnapshotRequest read(ResultSet rs) throws SQLException {
    Instant expires = rs.getTimestamp("expires_at").toInstant();
    long snapshot = rs.getLong("snapshot_id");
    boolean noSnapshot = rs.wasNull();
    Timestamp completed = rs.getTimestamp("completed_at");
    SnapshotRequest.Status status =
        SnapshotRequest.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT));
    if (!status.isFinal() && clock.instant().isAfter(expires)) {
      status = SnapshotRequest.Status.EXPIRED;
    }
    return new SnapshotRequest(
        rs.getString("command_id"),
        rs.getString("site_id"),
        rs.getString("device_id"),
        rs.getString("camera_id"),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        expires,
        status,
        Optional.ofNullable(rs.getString("message")),
        noSnapshot ? Optional.empty() : Optional.of(snapshot),
        Optional.ofNullable(completed).map(Timestamp::toInstant));
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new MediaException("update snapshot request", e);
    }
  }

  private String oneString(String sql, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new MediaException("complete snapshot request", e);
    }
  }
}

package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.CommandType;
import dev.sitehub.protocol.message.FrameReason;
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

  private final SnapshotRequestRepository repository;
  private final UnitOfWork work;
  private final DeviceCommandSender commands;
  private final Duration commandTtl;
  private final Clock clock;
  private final Map<String, CompletableFuture<Void>> waiters = new ConcurrentHashMap<>();

  SnapshotRequests(
      SnapshotRequestRepository repository,
      UnitOfWork work,
      DeviceCommandSender commands,
      Duration commandTtl,
      Clock clock) {
    this.repository = repository;
    this.work = work;
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
    work.write(
        () ->
            repository.insert(
                new SnapshotRequestEntity(
                    cmd.commandId(), siteId, deviceId, cameraId, userId, now, cmd.expiresAt())));
    try {
      commands.send(siteId, deviceId, cmd);
    } catch (CommandNotSentException e) {
      work.write(() -> repository.remove(cmd.commandId()));
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
    // An accepted request completes later, when its frame arrives.
    Instant completed = "accepted".equals(status) ? null : clock.instant();
    int n =
        work.write(
            () ->
                repository.answer(
                    result.commandId(), siteId, deviceId, status, result.message(), completed));
    if (n == 0) {
      // Already completed by its frame, or not a snapshot request at all.
      return work.read(() -> repository.exists(result.commandId(), siteId, deviceId));
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
    // Not in a transaction: the one statement commits by itself, as before, without the two
    // extra round trips a transaction would add to every request frame.
    String commandId = work.read(() -> repository.complete(s, clock.instant()));
    if (commandId != null) {
      LOG.infof("snapshot request done command=%s snapshot=%d", commandId, s.id());
      wake(commandId);
    }
  }

  public Optional<SnapshotRequest> find(String siteId, String commandId) {
    return work.read(() -> repository.find(siteId, commandId)).map(this::view);
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

  private SnapshotRequest view(SnapshotRequestEntity r) {
    SnapshotRequest.Status status =
        SnapshotRequest.Status.valueOf(r.status.toUpperCase(Locale.ROOT));
    if (!status.isFinal() && clock.instant().isAfter(r.expiresAt)) {
      status = SnapshotRequest.Status.EXPIRED;
    }
    return new SnapshotRequest(
        r.commandId,
        r.siteId,
        r.deviceId,
        r.cameraId,
        r.requestedBy,
        r.requestedAt,
        r.expiresAt,
        status,
        Optional.ofNullable(r.message),
        Optional.ofNullable(r.snapshotId),
        Optional.ofNullable(r.completedAt));
  }
}

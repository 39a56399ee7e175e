package dev.sitehub.cloud.live;

import dev.sitehub.cloud.media.CommandNotSentException;
import dev.sitehub.cloud.media.DeviceCommandSender;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One cloud instance's side of live view: registers viewer sockets in the local {@link LiveHub} and
 * in the shared {@link ViewerLeases}, and keeps every watched camera streaming by renewing its
 * stream_start command while any instance holds a valid lease for it. When the last viewer leaves,
 * nobody renews and the agent's stream lapses.
 */
public final class LiveViewers {
  private static final Logger LOG = Logger.getLogger(LiveViewers.class);

  private final String instanceId;
  private final LiveHub hub;
  private final ViewerLeases leases;
  private final DeviceCommandSender commands;
  private final LiveSettings settings;
  private final Clock clock;

  public LiveViewers(
      String instanceId,
      LiveHub hub,
      ViewerLeases leases,
      DeviceCommandSender commands,
      LiveSettings settings,
      Clock clock) {
    this.instanceId = instanceId;
    this.hub = hub;
    this.leases = leases;
    this.commands = commands;
    this.settings = settings;
    this.clock = clock;
  }

  /** A viewer socket opened: count it everywhere and make sure the camera streams. */
  public void open(String viewerId, CameraKey camera, String userId, FrameSink sink) {
    hub.add(viewerId, camera, userId, sink);
    try {
      leases.open(viewerId, instanceId, camera, userId, clock.instant().plus(settings.leaseTtl()));
    } catch (RuntimeException e) {
      hub.remove(viewerId);
      throw e;
    }
    LOG.infof("viewer opened viewer=%s camera=%s user=%s", viewerId, camera, userId);
    keepStreaming(camera);
  }

  /** A viewer socket closed; no command is sent: the stream lapses if nobody else watches. */
  public void close(String viewerId) {
    hub.remove(viewerId)
        .ifPresent(v -> LOG.infof("viewer closed viewer=%s camera=%s", viewerId, v.camera()));
    leases.close(viewerId);
  }

  /**
   * The periodic duty of each instance: renew its own leases, then renew the stream of every camera
   * that any instance still has viewers for.
   */
  public void tick() {
    Instant now = clock.instant();
    leases.renew(instanceId, now.plus(settings.leaseTtl()));
    for (CameraKey camera : leases.watched(now)) {
      keepStreaming(camera);
    }
    // Rows of crashed instances are already ignored by expiry; purging only keeps the table small.
    leases.purge(now.minus(settings.leaseTtl()));
  }

  /** Viewers of the camera across all instances. */
  public int viewerCount(CameraKey camera) {
    return leases.count(camera, clock.instant());
  }

  /** Whether the camera was asked to stream and that request has not lapsed yet. */
  public boolean isStreaming(CameraKey camera) {
    return leases.streamRequested(camera, clock.instant());
  }

  public LiveHub hub() {
    return hub;
  }

  private void keepStreaming(CameraKey camera) {
    Instant now = clock.instant();
    Instant until = now.plus(settings.streamFor());
    if (!leases.claimStreamRequest(camera, until, now.plus(settings.renewBefore()))) {
      return;
    }
    Command start =
        new Command(
            UUID.randomUUID().toString(),
            CommandType.STREAM_START.wireName(),
            now,
            until,
            Map.of(
                "camera",
                camera.cameraId(),
                "seconds",
                Long.toString(settings.streamFor().toSeconds())));
    try {
      commands.send(camera.siteId(), camera.deviceId(), start);
      LOG.infof(
          "stream requested camera=%s command=%s seconds=%d",
          camera, start.commandId(), settings.streamFor().toSeconds());
    } catch (CommandNotSentException e) {
      leases.releaseStreamRequest(camera);
      LOG.warnf("stream request not sent camera=%s: %s", camera, e.getMessage());
    }
  }
}

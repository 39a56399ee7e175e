package dev.sitehub.cloud.live;

import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.SnapshotRequests;
import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.message.FrameReason;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The entry point for every decoded camera frame from MQTT: archives non-live frames and fans every
 * frame out to this instance's viewers of that camera. The MQTT consumer calls {@link #onFrame}; it
 * never throws, so one bad frame cannot stop the consumer loop.
 */
final class FrameRouter {
  private static final Logger LOG = Logger.getLogger(FrameRouter.class);

  private final SnapshotArchive archive;
  private final SnapshotRequests requests;
  private final LiveHub hub;

  public FrameRouter(SnapshotArchive archive, SnapshotRequests requests, LiveHub hub) {
    this.archive = archive;
    this.requests = requests;
    this.hub = hub;
  }

  /** What happened to one frame. */
  public record Routed(int viewers, Optional<Snapshot> archived, boolean failed) {}

  public Routed onFrame(String siteId, String deviceId, Frame frame) {
    CameraKey camera;
    try {
      camera = new CameraKey(siteId, deviceId, frame.meta().cameraId());
    } catch (IllegalArgumentException e) {
      LOG.warnf("frame dropped: invalid ids site=%s device=%s", siteId, deviceId);
      return new Routed(0, Optional.empty(), true);
    }
    // Viewers first: archiving touches disk and database and must not add live latency.
    int viewers = hub.publish(camera, frame.jpeg());
    if (frame.meta().reason() == FrameReason.LIVE) {
      return new Routed(viewers, Optional.empty(), false);
    }
    try {
      Optional<Snapshot> saved = archive.archive(siteId, deviceId, frame);
      saved.ifPresent(requests::onArchived);
      return new Routed(viewers, saved, false);
    } catch (RuntimeException e) {
      LOG.errorf(
          "frame not archived camera=%s seq=%d: %s", camera, frame.meta().seq(), e.getMessage());
      return new Routed(viewers, Optional.empty(), true);
    }
  }
}

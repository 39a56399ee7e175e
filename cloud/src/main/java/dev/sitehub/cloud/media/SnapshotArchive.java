package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Archives non-live frames: JPEG into the media store, metadata into media_snapshot. */
public final class SnapshotArchive {
  private static final Logger LOG = Logger.getLogger(SnapshotArchive.class);

  private final MediaStore store;
  private final Snapshots snapshots;
  private final Clock clock;

  public SnapshotArchive(MediaStore store, Snapshots snapshots, Clock clock) {
    this.store = store;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /**
   * Stores one frame. Returns the new snapshot, or empty when this exact frame was archived before
   * (an MQTT redelivery). Live frames are refused: they are never archived.
   */
  public Optional<Snapshot> archive(String siteId, String deviceId, Frame frame) {
    FrameMeta m = frame.meta();
    if (m.reason() == FrameReason.LIVE) {
      throw new IllegalArgumentException("live frames are not archived");
    }
    String key =
        MediaKeys.snapshot(siteId, deviceId, m.cameraId(), m.ts(), m.seq(), m.reason().wireName());
    try {
      // Store first: a row must never point at bytes that are not there.
      store.put(key, frame.jpeg(), "image/jpeg");
    } catch (IOException e) {
      throw new MediaException("store snapshot", e);
    }
    Optional<Snapshot> saved =
        snapshots.insert(
            new Snapshot(
                0,
                siteId,
                deviceId,
                m.cameraId(),
                m.ts(),
                m.seq(),
                m.reason(),
                m.width(),
                m.height(),
                m.motionScore(),
                frame.jpeg().length,
                sha256(frame.jpeg()),
                key,
                clock.instant()));
    if (saved.isPresent()) {
      LOG.infof(
          "snapshot archived site=%s device=%s camera=%s seq=%d reason=%s id=%d bytes=%d",
          siteId,
          deviceId,
          m.cameraId(),
          m.seq(),
          m.reason().wireName(),
          saved.get().id(),
          frame.jpeg().length);
    } else {
      LOG.debugf(
          "snapshot duplicate ignored site=%s device=%s camera=%s seq=%d",
          siteId, deviceId, m.cameraId(), m.seq());
    }
    return saved;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}

package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One archived camera frame's metadata (table media_snapshot); {@link Snapshot} is its view. */
@Entity
@Table(name = "media_snapshot")
class SnapshotEntity {
  @Id Long id;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "device_id", nullable = false)
  String deviceId;

  @Column(name = "camera_id", nullable = false)
  String cameraId;

  @Column(name = "taken_at", nullable = false)
  Instant takenAt;

  @Column(nullable = false)
  long seq;

  // The wire name ('periodic', 'daily', ...), as the CHECK constraint spells it.
  @Column(nullable = false)
  String reason;

  @Column(nullable = false)
  int width;

  @Column(nullable = false)
  int height;

  @Column(name = "motion_score", nullable = false)
  double motionScore;

  @Column(name = "size_bytes", nullable = false)
  int sizeBytes;

  @Column(nullable = false)
  String sha256;

  @Column(name = "storage_key", nullable = false)
  String storageKey;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;

  protected SnapshotEntity() {}

  Snapshot view() {
    return new Snapshot(
        id,
        siteId,
        deviceId,
        cameraId,
        takenAt,
        seq,
        FrameReason.fromWire(reason).orElseThrow(),
        width,
        height,
        motionScore,
        sizeBytes,
        sha256,
        storageKey,
        receivedAt);
  }
}

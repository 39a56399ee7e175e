package dev.sitehub.cloud.media;

import java.time.Instant;

/** A snapshot as the API shows it, with the URL of its image. */
public record SnapshotView(
    long id,
    String deviceId,
    String cameraId,
    Instant takenAt,
    String reason,
    int width,
    int height,
    int sizeBytes,
    String sha256,
    String imageUrl) {

  static SnapshotView of(Snapshot s) {
    return new SnapshotView(
        s.id(),
        s.deviceId(),
        s.cameraId(),
        s.takenAt(),
        s.reason().wireName(),
        s.width(),
        s.height(),
        s.sizeBytes(),
        s.sha256(),
        "/api/sites/" + s.siteId() + "/snapshots/" + s.id() + "/image");
  }
}

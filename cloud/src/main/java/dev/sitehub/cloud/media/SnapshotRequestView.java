package dev.sitehub.cloud.media;

import java.time.Instant;

/** A snapshot-now request as the API shows it; snapshot is set once the frame is archived. */
public record SnapshotRequestView(
    String commandId,
    String deviceId,
    String cameraId,
    String status,
    String message,
    Instant requestedAt,
    Instant expiresAt,
    SnapshotView snapshot) {

  static SnapshotRequestView of(SnapshotRequest r, SnapshotView snapshot) {
    return new SnapshotRequestView(
        r.commandId(),
        r.deviceId(),
        r.cameraId(),
        r.status().name().toLowerCase(java.util.Locale.ROOT),
        r.message().orElse(null),
        r.requestedAt(),
        r.expiresAt(),
        snapshot);
  }
}

package dev.sitehub.cloud.media;

import java.time.Instant;
import java.util.Optional;

/** A snapshot-now request and where it stands; snapshotId is set once the frame is archived. */
public record SnapshotRequest(
    String commandId,
    String siteId,
    String deviceId,
    String cameraId,
    String requestedBy,
    Instant requestedAt,
    Instant expiresAt,
    Status status,
    Optional<String> message,
    Optional<Long> snapshotId,
    Optional<Instant> completedAt) {

  /** Where a request stands. */
  public enum Status {
    /** Sent; the device has not answered. */
    PENDING,
    /** The device answered OK and will publish the frame. */
    ACCEPTED,
    /** The frame is archived: see snapshotId. */
    DONE,
    /** The device answered that it could not take the picture. */
    ERROR,
    /** The device refused the command (unknown camera, expired). */
    REJECTED,
    /** No frame arrived before the request expired. */
    EXPIRED;

    public boolean isFinal() {
      return this != PENDING && this != ACCEPTED;
    }
  }
}

package dev.sitehub.cloud.acceptance;

import java.time.Instant;

/** A camera still of the stage attached to its acceptance record, as its frozen evidence copy. */
public record StageStill(
    long snapshotId,
    String deviceId,
    String cameraId,
    Instant takenAt,
    String key,
    String sha256) {}

package dev.sitehub.cloud.media;

import java.time.Instant;

/**
 * A camera still copied into the content-addressed attachment store for evidence: which snapshot it
 * was, and the copy's key and SHA-256 (equal to the snapshot's recorded hash).
 */
public record FrozenStill(
    long snapshotId,
    String deviceId,
    String cameraId,
    Instant takenAt,
    String key,
    String sha256) {}

package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import java.time.Instant;

/** Metadata of one archived camera frame; the JPEG is in the media store under storageKey. */
public record Snapshot(
    long id,
    String siteId,
    String deviceId,
    String cameraId,
    Instant takenAt,
    long seq,
    FrameReason reason,
    int width,
    int height,
    double motionScore,
    int sizeBytes,
    String sha256,
    String storageKey,
    Instant receivedAt) {}

package dev.sitehub.protocol.message;

import java.time.Instant;

/**
 * Metadata of one camera frame, carried in MQTT 5 user properties next to the raw JPEG payload.
 * {@code seq} is per camera and independent of the telemetry sequence.
 */
public record FrameMeta(
    String cameraId,
    Instant ts,
    long seq,
    int width,
    int height,
    double motionScore,
    FrameReason reason) {}

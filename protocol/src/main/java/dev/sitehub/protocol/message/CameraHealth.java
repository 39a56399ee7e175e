package dev.sitehub.protocol.message;

import java.time.Instant;

/**
 * One camera's state in a heartbeat. {@code mode} is idle or live; {@code error} is null when
 * healthy; {@code lastFrameAt} is null before the first frame.
 */
public record CameraHealth(
    String cameraId, boolean healthy, String mode, Instant lastFrameAt, String error) {}

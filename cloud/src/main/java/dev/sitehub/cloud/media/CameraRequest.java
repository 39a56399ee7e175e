package dev.sitehub.cloud.media;

/** Names one camera of one device: the body of snapshot-now and live-ticket requests. */
public record CameraRequest(String deviceId, String cameraId) {}

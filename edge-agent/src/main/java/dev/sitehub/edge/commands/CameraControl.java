package dev.sitehub.edge.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What commands may ask of the cameras; implemented by the camera manager. */
public interface CameraControl {
  Set<String> cameraIds();

  /** Captures one frame now and queues it as a snapshot; false if the camera has no frame. */
  boolean snapshot(String cameraId);

  /** Enters (or renews) live mode for {@code duration}; returns when live mode will expire. */
  Instant startLive(String cameraId, Duration duration);

  void stopLive(String cameraId);
}

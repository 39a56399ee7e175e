package dev.sitehub.protocol.message;

import java.util.Locale;
import java.util.Optional;

/** Discrete things that happen at a site. */
public enum EventType {
  LEAK,
  SMOKE,
  DOOR,
  MOTION,
  CAMERA_MOTION,
  CAMERA_TAMPER,
  CAMERA_FAULT,
  SENSOR_FAULT,
  DISK_LOW,
  /** Readings the device had to discard; {@link DeviceEvent#lost()} holds the sequence range. */
  GAP,
  AGENT_STARTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EventType> fromWire(String name) {
    for (EventType t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

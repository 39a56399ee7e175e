package dev.sitehub.protocol.message;

import java.util.Locale;
import java.util.Optional;

/** Why a frame was captured; drives retention in the cloud's media archive. */
public enum FrameReason {
  LIVE,
  PERIODIC,
  MOTION,
  EVENT,
  REQUEST,
  DAILY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FrameReason> fromWire(String name) {
    for (FrameReason r : values()) {
      if (r.wireName().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

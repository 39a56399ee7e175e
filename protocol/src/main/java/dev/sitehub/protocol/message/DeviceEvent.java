package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.Map;

/**
 * A discrete event from a device. {@code source} names the sensor or camera. {@code lost} is set
 * only for {@link EventType#GAP}.
 */
public record DeviceEvent(
    String deviceId,
    long seq,
    Instant ts,
    EventType type,
    String source,
    EventState state,
    Map<String, String> detail,
    SeqRange lost) {
  public DeviceEvent {
    detail = Map.copyOf(detail);
  }
}

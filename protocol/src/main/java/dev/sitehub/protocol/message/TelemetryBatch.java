package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * Readings a device sends in one message. {@code seq} comes from the device's single monotonic
 * counter, shared with {@link DeviceEvent}, so the cloud can deduplicate and detect gaps.
 */
public record TelemetryBatch(String deviceId, long seq, Instant sentAt, List<Reading> readings) {
  public TelemetryBatch {
    readings = List.copyOf(readings);
  }
}

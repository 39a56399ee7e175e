package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Protocol records as an edge agent would send them, for feeding the engine in tests. */
public final class Messages {
  private Messages() {}

  public static DeviceEvent event(
      String deviceId, EventType type, String source, EventState state, Instant ts) {
    return new DeviceEvent(deviceId, 1, ts, type, source, state, Map.of(), null);
  }

  public static TelemetryBatch reading(
      String deviceId, String sensorId, SensorKind kind, double value, Instant ts) {
    return new TelemetryBatch(deviceId, 1, ts, List.of(Reading.of(sensorId, kind, ts, value)));
  }

  public static Heartbeat heartbeat(String deviceId, long diskFreeBytes, Instant ts) {
    return new Heartbeat(deviceId, ts, 60, null, diskFreeBytes, 0, Map.of(), List.of());
  }

  public static DeviceStatus lastWill(String deviceId, Instant ts) {
    return new DeviceStatus(deviceId, DeviceState.OFFLINE, ts, "1.0", List.of(), List.of(), "h");
  }
}

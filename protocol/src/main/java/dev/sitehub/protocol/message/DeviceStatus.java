package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * Retained birth message (ONLINE, with what the box has) or Last Will (OFFLINE). A Last Will is
 * composed at connect time, so its {@code ts} is the connect time, not the moment of loss.
 */
public record DeviceStatus(
    String deviceId,
    DeviceState state,
    Instant ts,
    String agentVersion,
    List<String> sensors,
    List<String> cameras,
    String configHash) {
  public DeviceStatus {
    sensors = List.copyOf(sensors);
    cameras = List.copyOf(cameras);
  }
}

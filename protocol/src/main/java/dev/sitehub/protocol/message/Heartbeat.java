package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Periodic health of the box. {@code cpuTempC} is null where the board has no thermal zone. {@code
 * dropped} counts what was discarded, by cause (for example {@code telemetry_disk_cap}).
 */
public record Heartbeat(
    String deviceId,
    Instant ts,
    long uptimeSeconds,
    Double cpuTempC,
    long diskFreeBytes,
    long outboxDepth,
    Map<String, Long> dropped,
    List<CameraHealth> cameras) {
  public Heartbeat {
    dropped = Map.copyOf(dropped);
    cameras = List.copyOf(cameras);
  }
}

package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.Map;

/** The device's answer to a {@link Command}, correlated by {@code commandId}. */
public record CommandResult(
    String commandId,
    String deviceId,
    ResultStatus status,
    Instant ts,
    String message,
    Map<String, String> data) {
  public CommandResult {
    data = Map.copyOf(data);
  }
}

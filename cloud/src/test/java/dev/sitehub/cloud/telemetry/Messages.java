package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Builds protocol messages for tests. */
final class Messages {
  private Messages() {}

  /** A batch with {@code n} temperature readings one second apart, ending now. */
  static TelemetryBatch batch(String deviceId, long seq, int n) {
    // Offset by seq so that batches built within the same millisecond still order by seq: the
    // latest-value table keeps the newest timestamp, and a tie would keep the earlier batch.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(seq);
    List<Reading> readings =
        java.util.stream.IntStream.range(0, n)
            .mapToObj(
                i ->
                    Reading.of(
                        "temp1", SensorKind.TEMPERATURE, now.minusSeconds(n - i), 20.0 + seq + i))
            .toList();
    return new TelemetryBatch(deviceId, seq, now, readings);
  }

  static DeviceStatus status(String deviceId, DeviceState state) {
    return new DeviceStatus(
        deviceId, state, Instant.now(), "1.0", List.of("temp1"), List.of(), "cfg1");
  }
}

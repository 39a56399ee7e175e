package dev.sitehub.edge.sensors;

import dev.sitehub.protocol.message.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects readings and hands them on as batches of at most {@code maxReadings} (the protocol's
 * per-batch limit), either when full or when {@link #flush()} is called on the batch interval.
 * Thread-safe.
 */
public final class TelemetryBatcher {
  private final int maxReadings;
  private final TelemetrySink sink;
  private final List<Reading> buffer = new ArrayList<>();

  public TelemetryBatcher(int maxReadings, TelemetrySink sink) {
    if (maxReadings < 1) {
      throw new IllegalArgumentException("maxReadings must be at least 1");
    }
    this.maxReadings = maxReadings;
    this.sink = sink;
  }

  public synchronized void add(List<Reading> readings) {
    for (Reading r : readings) {
      if (!Double.isFinite(r.value())) {
        throw new IllegalArgumentException("non-finite reading from " + r.sensorId());
      }
      buffer.add(r);
      if (buffer.size() == maxReadings) {
        flush();
      }
    }
  }

  public synchronized void flush() {
    if (!buffer.isEmpty()) {
      sink.batch(List.copyOf(buffer));
      buffer.clear();
    }
  }

  public synchronized int buffered() {
    return buffer.size();
  }
}

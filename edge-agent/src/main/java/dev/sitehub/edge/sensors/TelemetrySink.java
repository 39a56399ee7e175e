package dev.sitehub.edge.sensors;

import dev.sitehub.protocol.message.Reading;
import java.util.List;

/**
 * Receives one telemetry batch; the agent puts it in the outbox and returns its sequence number.
 */
@FunctionalInterface
public interface TelemetrySink {
  long batch(List<Reading> readings);
}

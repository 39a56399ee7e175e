package dev.sitehub.protocol.message;

import java.time.Instant;

/** One sensor sample. {@code unit} is the kind's canonical unit; the codec checks it. */
public record Reading(String sensorId, SensorKind kind, String unit, Instant ts, double value) {

  /** A reading in the kind's canonical unit. */
  public static Reading of(String sensorId, SensorKind kind, Instant ts, double value) {
    return new Reading(sensorId, kind, kind.unit(), ts, value);
  }
}

package dev.sitehub.cloud.telemetry;

import java.time.Instant;

/** One raw reading of a sensor. */
public record ReadingPoint(Instant ts, String deviceId, String kind, double value) {}

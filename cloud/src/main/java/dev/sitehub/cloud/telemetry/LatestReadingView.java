package dev.sitehub.cloud.telemetry;

import java.time.Instant;

/** The newest value of one sensor on a site. */
public record LatestReadingView(
    String deviceId, String sensorId, String kind, String unit, Instant ts, double value) {}

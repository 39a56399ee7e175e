package dev.sitehub.cloud.telemetry;

import java.time.Instant;

/** One time bucket of a sensor's readings. */
public record BucketPoint(
    Instant bucket, double avg, double min, double max, double last, long count) {}

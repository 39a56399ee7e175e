package dev.sitehub.cloud.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * A sensor's readings over a range: raw {@code points}, or {@code buckets} when a bucket width was
 * asked for. {@code layout} says which storage answered.
 */
public record SeriesView(
    String siteId,
    String sensorId,
    Instant from,
    Instant to,
    String bucket,
    String layout,
    List<ReadingPoint> points,
    List<BucketPoint> buckets) {}

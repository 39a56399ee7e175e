package dev.sitehub.cloud.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * Bucketed readings as parallel columns ({@code format=columns}): what a chart library such as
 * uPlot draws directly, and about a third of the bytes of one object per bucket. {@code t} holds
 * each bucket's start in epoch seconds; the other arrays line up with it.
 */
public record BucketColumns(
    String siteId,
    String sensorId,
    Instant from,
    Instant to,
    String bucket,
    String layout,
    long[] t,
    double[] avg,
    double[] min,
    double[] max,
    double[] last,
    long[] n) {

  static BucketColumns of(
      String siteId,
      String sensorId,
      Instant from,
      Instant to,
      String bucket,
      String layout,
      List<BucketPoint> points) {
    int size = points.size();
    long[] t = new long[size];
    double[] avg = new double[size];
    double[] min = new double[size];
    double[] max = new double[size];
    double[] last = new double[size];
    long[] n = new long[size];
    for (int i = 0; i < size; i++) {
      BucketPoint p = points.get(i);
      t[i] = p.bucket().getEpochSecond();
      avg[i] = p.avg();
      min[i] = p.min();
      max[i] = p.max();
      last[i] = p.last();
      n[i] = p.count();
    }
    return new BucketColumns(siteId, sensorId, from, to, bucket, layout, t, avg, min, max, last, n);
  }
}

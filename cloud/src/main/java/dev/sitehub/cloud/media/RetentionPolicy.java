package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** How long snapshots of each reason are kept, and how many are deleted per reason per run. */
public record RetentionPolicy(Map<FrameReason, Duration> keep, int batchSize) {
  public RetentionPolicy {
    if (keep.containsKey(FrameReason.LIVE)) {
      throw new IllegalArgumentException("live frames are never archived, so have no retention");
    }
    for (Map.Entry<FrameReason, Duration> e : keep.entrySet()) {
      if (e.getValue().isNegative() || e.getValue().isZero()) {
        throw new IllegalArgumentException("retention for " + e.getKey() + " must be positive");
      }
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    keep = Map.copyOf(keep);
  }

  static RetentionPolicy from(MediaConfig.Retention r) {
    Map<FrameReason, Duration> keep = new EnumMap<>(FrameReason.class);
    keep.put(FrameReason.PERIODIC, r.periodic());
    keep.put(FrameReason.MOTION, r.motion());
    keep.put(FrameReason.EVENT, r.event());
    keep.put(FrameReason.REQUEST, r.request());
    keep.put(FrameReason.DAILY, r.daily());
    return new RetentionPolicy(keep, r.batchSize());
  }
}

package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Deletes snapshots older than their reason's retention: the object first, then the row. */
final class SnapshotRetention {
  private static final Logger LOG = Logger.getLogger(SnapshotRetention.class);

  private final Snapshots snapshots;
  private final MediaStore store;
  private final RetentionPolicy policy;
  private final Clock clock;

  public SnapshotRetention(
      Snapshots snapshots, MediaStore store, RetentionPolicy policy, Clock clock) {
    this.snapshots = snapshots;
    this.store = store;
    this.policy = policy;
    this.clock = clock;
  }

  /** One pass over every reason; returns how many snapshots were deleted per reason. */
  public Map<FrameReason, Integer> run() {
    Instant now = clock.instant();
    Map<FrameReason, Integer> deleted = new EnumMap<>(FrameReason.class);
    policy
        .keep()
        .forEach(
            (reason, keep) -> {
              List<Snapshot> old = snapshots.expired(reason, now.minus(keep), policy.batchSize());
              int n = 0;
              for (Snapshot s : old) {
                try {
                  store.delete(s.storageKey());
                  snapshots.delete(s.id());
                  n++;
                } catch (IOException | RuntimeException e) {
                  // Keep the row so the next run retries; never leave a row without its bytes.
                  LOG.warnf(
                      "retention could not delete snapshot id=%d site=%s: %s",
                      s.id(), s.siteId(), e.getClass().getSimpleName());
                }
              }
              if (n > 0) {
                LOG.infof("retention deleted %d %s snapshots", n, reason.wireName());
              }
              deleted.put(reason, n);
            });
    return deleted;
  }
}

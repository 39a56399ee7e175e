package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A filter over one site's snapshots; empty fields do not filter. */
public record SnapshotQuery(
    String siteId,
    Optional<String> cameraId,
    Optional<Instant> from,
    Optional<Instant> to,
    Set<FrameReason> reasons,
    int limit) {
  public SnapshotQuery {
    reasons = Set.copyOf(reasons);
  }
}

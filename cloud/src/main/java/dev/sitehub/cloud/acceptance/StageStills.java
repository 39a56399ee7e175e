package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.media.EvidenceStills;
import dev.sitehub.cloud.media.FrozenStill;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The camera stills an acceptance record carries: within the stage's window, one a day plus the
 * newest few (both bounded by configuration), each frozen so the verifier can rehash it.
 */
@ApplicationScoped
class StageStills {
  private final Stills snapshots;
  private final EvidenceStills stills;
  private final AcceptanceConfig config;

  public StageStills(Stills snapshots, EvidenceStills stills, AcceptanceConfig config) {
    this.snapshots = snapshots;
    this.stills = stills;
    this.config = config;
  }

  /** Stills of the site taken from {@code from} up to {@code to}, oldest first. */
  public List<StageStill> attach(String siteId, Instant from, Instant to) {
    List<StageStill> out = new ArrayList<>();
    for (Snapshot s :
        snapshots.periodStills(siteId, from, to, config.stillDays(), config.latestStills())) {
      Optional<FrozenStill> f = stills.freeze(s);
      f.ifPresent(
          x ->
              out.add(
                  new StageStill(
                      x.snapshotId(),
                      x.deviceId(),
                      x.cameraId(),
                      x.takenAt(),
                      x.key(),
                      x.sha256())));
    }
    return out;
  }
}

package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.SnapshotQuery;
import dev.sitehub.cloud.media.Stills;
import dev.sitehub.cloud.portal.PortalContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a stage's acceptance record for the portal and adds the site's newest camera stills from
 * the days before it was assembled, which the homeowner sees as thumbnails next to the verdicts.
 */
@ApplicationScoped
public class AcceptanceEvidences {
  static final int SNAPSHOTS_SHOWN = 4;
  private static final Duration SNAPSHOT_WINDOW = Duration.ofDays(2);
  private static final int SNAPSHOT_SCAN = 500;

  private final AcceptanceService acceptance;
  private final Stills snapshots;

  public AcceptanceEvidences(AcceptanceService acceptance, Stills snapshots) {
    this.acceptance = acceptance;
    this.snapshots = snapshots;
  }

  /** The record of stage {@code seq}, or empty while none has been assembled. */
  public Optional<AcceptanceRecord> record(Project p, int seq) {
    return acceptance.find(p, seq);
  }

  public AcceptanceEvidence evidence(AcceptanceRecord r, String siteId, String zone) {
    return AcceptanceEvidence.of(r, zone, thumbnails(siteId, r, zone));
  }

  private List<AcceptanceEvidence.Thumbnail> thumbnails(
      String siteId, AcceptanceRecord r, String zone) {
    List<Snapshot> found =
        snapshots.search(
            new SnapshotQuery(
                siteId,
                Optional.empty(),
                Optional.of(r.createdAt().minus(SNAPSHOT_WINDOW)),
                Optional.of(r.createdAt().plusSeconds(1)),
                Set.of(),
                SNAPSHOT_SCAN));
    return found.subList(Math.max(0, found.size() - SNAPSHOTS_SHOWN), found.size()).stream()
        .map(
            s ->
                new AcceptanceEvidence.Thumbnail(
                    "/api/sites/" + siteId + "/snapshots/" + s.id() + "/image",
                    PortalContext.time(s.takenAt(), zone),
                    s.cameraId()))
        .toList();
  }
}

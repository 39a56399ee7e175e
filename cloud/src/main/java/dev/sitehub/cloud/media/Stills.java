package dev.sitehub.cloud.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The questions other features ask of the snapshot archive: a camera's latest still, the still
 * nearest a moment, a period's stills for a filed record, and a search.
 */
@ApplicationScoped
public class Stills {
  private final Snapshots snapshots;

  Stills(Snapshots snapshots) {
    this.snapshots = snapshots;
  }

  /** The newest snapshot of a camera, whatever its reason: what an idle live view shows. */
  public Optional<Snapshot> latest(String siteId, String deviceId, String cameraId) {
    return snapshots.latest(siteId, deviceId, cameraId);
  }

  /** The newest snapshot of every camera of the site that has one: the live grid's tiles. */
  public List<Snapshot> latestOfEachCamera(String siteId) {
    return snapshots.latestOfEachCamera(siteId);
  }

  /** The site's snapshot taken closest to {@code at}, within {@code window} either way. */
  public Optional<Snapshot> nearest(String siteId, Instant at, Duration window) {
    return snapshots.nearest(siteId, at, window);
  }

  /** One still per day for the last {@code days} days plus the {@code latest} newest. */
  public List<Snapshot> periodStills(
      String siteId, Instant from, Instant to, int days, int latest) {
    return snapshots.periodStills(siteId, from, to, days, latest);
  }

  /** Snapshots matching the query, oldest first. */
  public List<Snapshot> search(SnapshotQuery q) {
    return snapshots.search(q);
  }
}

package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.protocol.message.FrameReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The snapshot archive's metadata (table media_snapshot), each call one unit of work. */
public final class Snapshots {
  private final SnapshotRepository repository;
  private final UnitOfWork work;

  Snapshots(SnapshotRepository repository, UnitOfWork work) {
    this.repository = repository;
    this.work = work;
  }

  /** Inserts the row; empty when the same frame (camera, time, seq) was already archived. */
  public Optional<Snapshot> insert(Snapshot s) {
    // One statement, committed by itself: a transaction around it would add two round trips to
    // every arriving frame.
    return work.read(() -> repository.insert(s));
  }

  public Optional<Snapshot> find(String siteId, long id) {
    return work.read(() -> repository.find(siteId, id));
  }

  /** The newest snapshot of a camera, whatever its reason: what an idle live view shows. */
  public Optional<Snapshot> latest(String siteId, String deviceId, String cameraId) {
    return work.read(() -> repository.latest(siteId, deviceId, cameraId));
  }

  /** The newest snapshot of each camera of the site, in device and camera order. */
  public List<Snapshot> latestOfEachCamera(String siteId) {
    return work.read(() -> repository.latestOfEachCamera(siteId));
  }

  /** The newest snapshot of a camera with this reason taken at or after {@code since}. */
  public Optional<Snapshot> latestSince(
      String siteId, String deviceId, String cameraId, FrameReason reason, Instant since) {
    return work.read(() -> repository.latestSince(siteId, deviceId, cameraId, reason, since));
  }

  /**
   * The site's snapshot (any camera, any reason) taken closest to {@code at}, within {@code window}
   * either way; ties go to the earlier still.
   */
  public Optional<Snapshot> nearest(String siteId, Instant at, Duration window) {
    return work.read(() -> repository.nearest(siteId, at, window));
  }

  /**
   * A bounded picture of a period for filed records: one still per UTC day (the daily still when
   * there is one, else the day's first) for the most recent {@code days} days, plus the {@code
   * latest} newest stills; oldest first, without duplicates.
   */
  public List<Snapshot> periodStills(
      String siteId, Instant from, Instant to, int days, int latest) {
    List<Snapshot> both =
        work.read(
            () ->
                repository
                    .perDay(siteId, from, to, days)
                    .chain(
                        perDay ->
                            repository
                                .newest(siteId, from, to, latest)
                                .map(
                                    newest ->
                                        java.util.stream.Stream.concat(
                                                perDay.stream(), newest.stream())
                                            .toList())));
    Map<Long, Snapshot> byId = new TreeMap<>();
    both.forEach(s -> byId.put(s.id(), s));
    return byId.values().stream()
        .sorted(Comparator.comparing(Snapshot::takenAt).thenComparing(Snapshot::id))
        .toList();
  }

  /** Snapshots matching the query, oldest first (the order a time-lapse needs). */
  public List<Snapshot> search(SnapshotQuery q) {
    return work.read(() -> repository.search(q));
  }

  /** Up to {@code limit} snapshots of one reason taken before the cutoff, oldest first. */
  public List<Snapshot> expired(FrameReason reason, Instant cutoff, int limit) {
    return work.read(() -> repository.expired(reason, cutoff, limit));
  }

  public void delete(long id) {
    work.write(() -> repository.delete(id));
  }
}

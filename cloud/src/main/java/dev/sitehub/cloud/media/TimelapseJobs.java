package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.UnitOfWork;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Time-lapse jobs and their progress (table media_timelapse_job), each call one unit of work. */
final class TimelapseJobs {
  private final TimelapseRepository repository;
  private final UnitOfWork work;

  TimelapseJobs(TimelapseRepository repository, UnitOfWork work) {
    this.repository = repository;
    this.work = work;
  }

  TimelapseJob insert(UUID id, TimelapseRequest r, Instant now) {
    return work.write(() -> repository.insert(id, r, now));
  }

  public Optional<TimelapseJob> find(String siteId, UUID id) {
    return work.read(() -> repository.find(siteId, id));
  }

  /** The site's newest jobs first, for the portal's time-lapse page. */
  public List<TimelapseJob> recent(String siteId, int limit) {
    return work.read(() -> repository.recent(siteId, limit));
  }

  void started(UUID id, int framesTotal) {
    work.write(() -> repository.started(id, framesTotal));
  }

  void progress(UUID id, int framesDone) {
    work.write(() -> repository.progress(id, framesDone));
  }

  void done(UUID id, int framesDone, String key, long bytes, Instant now) {
    work.write(() -> repository.done(id, framesDone, key, bytes, now));
  }

  void failed(UUID id, String error, Instant now) {
    work.write(() -> repository.failed(id, error, now));
  }

  /** Marks the given open jobs as still owned by a live instance. */
  void touch(Collection<UUID> ids, Instant now) {
    if (!ids.isEmpty()) {
      work.write(() -> repository.touch(ids, now));
    }
  }

  /**
   * Fails open jobs whose instance stopped touching them before {@code cutoff}; returns how many.
   */
  int abandonStale(Instant cutoff, Instant now) {
    return work.write(() -> repository.abandonStale(cutoff, now));
  }
}

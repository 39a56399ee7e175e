package dev.sitehub.cloud.media;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scheduled media housekeeping: retention, and the time-lapse jobs' keep-alive. Both are
 * idempotent, so N instances may overlap.
 */
@ApplicationScoped
class MediaJobs {
  private final SnapshotRetention retention;
  private final TimelapseService timelapses;

  public MediaJobs(SnapshotRetention retention, TimelapseService timelapses) {
    this.retention = retention;
    this.timelapses = timelapses;
  }

  @Scheduled(
      identity = "media-retention",
      every = "${sitehub.media.retention.every:1h}",
      delayed = "${sitehub.media.retention.delay:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retention() {
    retention.run();
  }

  @Scheduled(
      identity = "timelapse-keep-alive",
      every = "${sitehub.media.timelapse.keep-alive:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void timelapseKeepAlive() {
    timelapses.keepAliveAndSweep();
  }
}

package dev.sitehub.cloud.media;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Scheduled media housekeeping: retention. Deletes are idempotent, so N instances may overlap. */
@ApplicationScoped
public class MediaJobs {
  private final SnapshotRetention retention;

  public MediaJobs(SnapshotRetention retention) {
    this.retention = retention;
  }

  @Scheduled(
      identity = "media-retention",
      every = "${sitehub.media.retention.every:1h}",
      delayed = "${sitehub.media.retention.delay:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retention() {
    retention.run();
  }
}

package dev.sitehub.cloud.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A time-lapse render job and its progress; resultKey is set once the MP4 is stored. */
public record TimelapseJob(
    UUID id,
    String siteId,
    String cameraId,
    LocalDate from,
    LocalDate to,
    int fps,
    Status status,
    int framesTotal,
    int framesDone,
    Optional<String> resultKey,
    Optional<Long> resultBytes,
    Optional<String> error,
    String requestedBy,
    Instant createdAt,
    Optional<Instant> finishedAt) {

  /** Lifecycle of a job. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /** Fraction done, 0 to 1. */
  public double progress() {
    if (status == Status.DONE) {
      return 1.0;
    }
    return framesTotal == 0 ? 0.0 : (double) framesDone / framesTotal;
  }
}

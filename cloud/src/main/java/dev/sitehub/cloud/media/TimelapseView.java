package dev.sitehub.cloud.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A time-lapse job as the API shows it; videoUrl is set once it is done. */
public record TimelapseView(
    UUID id,
    String cameraId,
    LocalDate from,
    LocalDate to,
    int fps,
    String status,
    int framesTotal,
    int framesDone,
    double progress,
    Long sizeBytes,
    String error,
    Instant createdAt,
    Instant finishedAt,
    String videoUrl) {

  public static TimelapseView of(TimelapseJob j) {
    return new TimelapseView(
        j.id(),
        j.cameraId(),
        j.from(),
        j.to(),
        j.fps(),
        j.status().name().toLowerCase(java.util.Locale.ROOT),
        j.framesTotal(),
        j.framesDone(),
        j.progress(),
        j.resultBytes().orElse(null),
        j.error().orElse(null),
        j.createdAt(),
        j.finishedAt().orElse(null),
        j.status() == TimelapseJob.Status.DONE
            ? "/api/sites/" + j.siteId() + "/timelapses/" + j.id() + "/video"
            : null);
  }
}

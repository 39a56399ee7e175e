package dev.sitehub.cloud.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A time-lapse render job (table media_timelapse_job); {@link TimelapseJob} is its view. */
@Entity
@Table(name = "media_timelapse_job")
class TimelapseJobEntity {
  @Id UUID id;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "camera_id", nullable = false)
  String cameraId;

  @Column(name = "from_date", nullable = false)
  LocalDate fromDate;

  @Column(name = "to_date", nullable = false)
  LocalDate toDate;

  // Comma-separated wire names, sorted.
  @Column(nullable = false)
  String reasons;

  @Column(nullable = false)
  int fps;

  // Lower case, as the CHECK constraint spells it.
  @Column(nullable = false)
  String status;

  @Column(name = "frames_total", nullable = false)
  int framesTotal;

  @Column(name = "frames_done", nullable = false)
  int framesDone;

  @Column(name = "result_key")
  String resultKey;

  @Column(name = "result_bytes")
  Long resultBytes;

  String error;

  @Column(name = "requested_by", nullable = false)
  String requestedBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "finished_at")
  Instant finishedAt;

  @Column(name = "heartbeat_at", nullable = false)
  Instant heartbeatAt;

  protected TimelapseJobEntity() {}

  TimelapseJobEntity(UUID id, TimelapseRequest r, String reasons, Instant now) {
    this.id = id;
    this.siteId = r.siteId();
    this.cameraId = r.cameraId();
    this.fromDate = r.from();
    this.toDate = r.to();
    this.reasons = reasons;
    this.fps = r.fps();
    this.status = "queued";
    this.requestedBy = r.requestedBy();
    this.createdAt = now;
    this.heartbeatAt = now;
  }

  TimelapseJob view() {
    return new TimelapseJob(
        id,
        siteId,
        cameraId,
        fromDate,
        toDate,
        fps,
        TimelapseJob.Status.valueOf(status.toUpperCase(Locale.ROOT)),
        framesTotal,
        framesDone,
        Optional.ofNullable(resultKey),
        Optional.ofNullable(resultBytes),
        Optional.ofNullable(error),
        requestedBy,
        createdAt,
        Optional.ofNullable(finishedAt));
  }
}

package dev.sitehub.cloud.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot command sent to a device (table media_snapshot_request). */
@Entity
@Table(name = "media_snapshot_request")
class SnapshotRequestEntity {
  @Id
  @Column(name = "command_id")
  String commandId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "device_id", nullable = false)
  String deviceId;

  @Column(name = "camera_id", nullable = false)
  String cameraId;

  @Column(name = "requested_by", nullable = false)
  String requestedBy;

  @Column(name = "requested_at", nullable = false)
  Instant requestedAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  // Lower case, as the CHECK constraint spells it.
  @Column(nullable = false)
  String status;

  String message;

  @Column(name = "snapshot_id")
  Long snapshotId;

  @Column(name = "completed_at")
  Instant completedAt;

  protected SnapshotRequestEntity() {}

  SnapshotRequestEntity(
      String commandId,
      String siteId,
      String deviceId,
      String cameraId,
      String requestedBy,
      Instant requestedAt,
      Instant expiresAt) {
    this.commandId = commandId;
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.cameraId = cameraId;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.expiresAt = expiresAt;
    this.status = "pending";
  }
}

package dev.sitehub.cloud.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The decision on a delivered order with its frozen camera still, as stored (table {@code
 * delivery_acceptance}); {@link DeliveryAcceptance} is its view.
 */
@Entity
@Table(name = "delivery_acceptance")
class DeliveryAcceptanceEntity {
  @Id
  @Column(name = "order_id")
  String orderId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  DeliveryDecision decision;

  String reason;

  @Column(name = "decided_by", nullable = false)
  String decidedBy;

  @Column(name = "decided_at", nullable = false)
  Instant decidedAt;

  @Column(name = "snapshot_id")
  Long snapshotId;

  @Column(name = "snapshot_device")
  String snapshotDevice;

  @Column(name = "snapshot_camera")
  String snapshotCamera;

  @Column(name = "snapshot_taken_at")
  Instant snapshotTakenAt;

  @Column(name = "snapshot_key")
  String snapshotKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "snapshot_sha256", length = 64)
  String snapshotSha256;

  @Column(name = "snapshot_note", nullable = false)
  String snapshotNote;

  protected DeliveryAcceptanceEntity() {}

  DeliveryAcceptanceEntity(String projectId, DeliveryAcceptance a) {
    this.orderId = a.orderId();
    this.projectId = projectId;
    this.decision = a.decision();
    this.reason = a.reason();
    this.decidedBy = a.decidedBy();
    this.decidedAt = a.decidedAt();
    this.snapshotId = a.snapshotId();
    this.snapshotDevice = a.snapshotDevice();
    this.snapshotCamera = a.snapshotCamera();
    this.snapshotTakenAt = a.snapshotTakenAt();
    this.snapshotKey = a.snapshotKey();
    this.snapshotSha256 = a.snapshotSha256();
    this.snapshotNote = a.snapshotNote();
  }

  DeliveryAcceptance view() {
    return new DeliveryAcceptance(
        orderId,
        decision,
        reason,
        decidedBy,
        decidedAt,
        snapshotId,
        snapshotDevice,
        snapshotCamera,
        snapshotTakenAt,
        snapshotKey,
        snapshotSha256,
        snapshotNote);
  }
}

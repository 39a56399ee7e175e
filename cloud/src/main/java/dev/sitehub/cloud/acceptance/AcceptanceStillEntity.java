package dev.sitehub.cloud.acceptance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One frozen camera still of an acceptance record (table {@code acceptance_still}). */
@Entity
@Table(name = "acceptance_still")
@IdClass(AcceptanceStillEntity.Key.class)
class AcceptanceStillEntity {
  @Id
  @Column(name = "record_id")
  String recordId;

  @Id
  @Column(name = "snapshot_id")
  long snapshotId;

  @Column(name = "device_id", nullable = false)
  String deviceId;

  @Column(name = "camera_id", nullable = false)
  String cameraId;

  @Column(name = "taken_at", nullable = false)
  Instant takenAt;

  @Column(name = "file_key", nullable = false)
  String fileKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "file_sha256", nullable = false, length = 64)
  String fileSha256;

  protected AcceptanceStillEntity() {}

  AcceptanceStillEntity(String recordId, StageStill s) {
    this.recordId = recordId;
    snapshotId = s.snapshotId();
    deviceId = s.deviceId();
    cameraId = s.cameraId();
    takenAt = s.takenAt();
    fileKey = s.key();
    fileSha256 = s.sha256();
  }

  StageStill view() {
    return new StageStill(snapshotId, deviceId, cameraId, takenAt, fileKey, fileSha256);
  }

  /** The composite key: record and snapshot. */
  record Key(String recordId, long snapshotId) implements Serializable {
    Key() {
      this(null, 0);
    }
  }
}

package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One fix report on a rectification task (table {@code rectification_fix}). */
@Entity
@Table(name = "rectification_fix")
class RectificationFixEntity {
  @Id
  @Column(name = "fix_id")
  String fixId;

  @Column(name = "rectification_id", nullable = false)
  String rectificationId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(nullable = false)
  String note;

  @Column(name = "photo_key")
  String photoKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "photo_sha256", length = 64)
  String photoSha256;

  @Column(name = "fixed_by", nullable = false)
  String fixedBy;

  @Column(name = "fixed_at", nullable = false)
  Instant fixedAt;

  protected RectificationFixEntity() {}

  RectificationFixEntity(
      String fixId,
      Rectification task,
      String note,
      StoredAttachment photo,
      String userId,
      Instant at) {
    this.fixId = fixId;
    rectificationId = task.rectificationId();
    projectId = task.projectId();
    this.note = note;
    photoKey = photo == null ? null : photo.key();
    photoSha256 = photo == null ? null : photo.sha256();
    fixedBy = userId;
    fixedAt = at;
  }

  RectificationFix view() {
    return new RectificationFix(fixId, note, photoKey != null, fixedBy, fixedAt);
  }
}

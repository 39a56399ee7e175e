package dev.sitehub.cloud.design;

import dev.sitehub.cloud.attachments.AttachmentType;
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
 * One proposal version as stored (table {@code design_proposal}); never changed once uploaded.
 * {@link Proposal} is its view with comments and confirmation.
 */
@Entity
@Table(name = "design_proposal")
class ProposalEntity {
  @Id
  @Column(name = "proposal_id")
  String id;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(nullable = false)
  int version;

  @Column(name = "designer_id", nullable = false)
  String designerId;

  @Column(nullable = false)
  String notes;

  @Column(name = "file_key", nullable = false)
  String fileKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "file_sha256", length = 64, nullable = false)
  String fileSha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false)
  AttachmentType fileType;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ProposalEntity() {}

  ProposalEntity(
      String id,
      String projectId,
      int version,
      String designerId,
      String notes,
      String fileKey,
      String fileSha256,
      AttachmentType fileType,
      Instant createdAt) {
    this.id = id;
    this.projectId = projectId;
    this.version = version;
    this.designerId = designerId;
    this.notes = notes;
    this.fileKey = fileKey;
    this.fileSha256 = fileSha256;
    this.fileType = fileType;
    this.createdAt = createdAt;
  }
}

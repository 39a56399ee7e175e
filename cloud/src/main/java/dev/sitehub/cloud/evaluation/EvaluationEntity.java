package dev.sitehub.cloud.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's rating of a contracted enterprise or staff member, and its reply. */
@Entity
@Table(name = "evaluation")
class EvaluationEntity {
  @Id
  @Column(name = "evaluation_id")
  String id;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "contract_id", nullable = false)
  String contractId;

  @Column(name = "author_id", nullable = false)
  String authorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false)
  RateRequest.TargetKind targetKind;

  @Column(name = "target_id", nullable = false)
  String targetId;

  @Column(name = "enterprise_id", nullable = false)
  String enterpriseId;

  @Column(nullable = false)
  short quality;

  @Column(nullable = false)
  short schedule;

  @Column(nullable = false)
  short communication;

  @Column(nullable = false)
  short tidiness;

  @Column(nullable = false)
  String text;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  String reply;

  @Column(name = "replied_by")
  String repliedBy;

  @Column(name = "replied_at")
  Instant repliedAt;

  protected EvaluationEntity() {}

  EvaluationEntity(
      String id,
      String projectId,
      String contractId,
      String authorId,
      RateRequest r,
      String enterpriseId,
      Instant now) {
    this.id = id;
    this.projectId = projectId;
    this.contractId = contractId;
    this.authorId = authorId;
    this.targetKind = r.targetKind();
    this.targetId = r.targetId();
    this.enterpriseId = enterpriseId;
    this.quality = (short) r.quality();
    this.schedule = (short) r.schedule();
    this.communication = (short) r.communication();
    this.tidiness = (short) r.tidiness();
    this.text = r.text() == null ? "" : r.text().strip();
    this.createdAt = now;
  }

  EvaluationView view() {
    return new EvaluationView(
        id,
        projectId,
        authorId,
        targetKind.name(),
        targetId,
        enterpriseId,
        quality,
        schedule,
        communication,
        tidiness,
        text,
        createdAt,
        reply,
        repliedBy,
        repliedAt);
  }
}

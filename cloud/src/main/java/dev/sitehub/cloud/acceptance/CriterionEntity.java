package dev.sitehub.cloud.acceptance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A declared telemetry criterion of a stage (table {@code acceptance_criterion}). */
@Entity
@Table(name = "acceptance_criterion")
class CriterionEntity extends PanacheEntityBase {
  @Id
  @Column(name = "criterion_id")
  String criterionId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "stage_seq", nullable = false)
  int stageSeq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  CriterionKind kind;

  @Column(name = "sensor_id", nullable = false)
  String sensorId;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  Integer hours;

  /** Who declared it; null for a default its stage's type applied. */
  @Column(name = "declared_by")
  String declaredBy;

  @Column(name = "declared_at", nullable = false)
  Instant declaredAt;

  @Column(name = "by_default", nullable = false)
  boolean byDefault;

  @Column(name = "off_reason")
  String offReason;

  @Column(name = "off_by")
  String offBy;

  @Column(name = "off_at")
  Instant offAt;

  protected CriterionEntity() {}

  CriterionEntity(Criterion c, Instant declaredAt) {
    criterionId = c.criterionId();
    projectId = c.projectId();
    stageSeq = c.stageSeq();
    kind = c.kind();
    sensorId = c.sensorId();
    startedAt = c.startedAt();
    hours = c.hours();
    declaredBy = c.declaredBy();
    byDefault = c.byDefault();
    this.declaredAt = declaredAt;
  }

  /** Turns the criterion off: it stays on record with the reason and is no longer evaluated. */
  void turnOff(String reason, String userId, Instant at) {
    offReason = reason;
    offBy = userId;
    offAt = at;
  }

  Criterion view() {
    return new Criterion(
        criterionId,
        projectId,
        stageSeq,
        kind,
        sensorId,
        startedAt,
        hours,
        declaredBy,
        byDefault,
        offReason,
        offBy,
        offAt);
  }

  /** The stage's criteria in the order they were declared. */
  static Uni<List<Criterion>> ofStage(String projectId, int seq) {
    return CriterionEntity.<CriterionEntity>list(
            "projectId = ?1 and stageSeq = ?2 order by declaredAt, criterionId", projectId, seq)
        .map(l -> l.stream().map(CriterionEntity::view).toList());
  }
}

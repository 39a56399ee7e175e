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

  @Column(name = "declared_by", nullable = false)
  String declaredBy;

  @Column(name = "declared_at", nullable = false)
  Instant declaredAt;

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
    this.declaredAt = declaredAt;
  }

  Criterion view() {
    return new Criterion(
        criterionId, projectId, stageSeq, kind, sensorId, startedAt, hours, declaredBy);
  }

  /** The stage's criteria in the order they were declared. */
  static Uni<List<Criterion>> ofStage(String projectId, int seq) {
    return CriterionEntity.<CriterionEntity>list(
            "projectId = ?1 and stageSeq = ?2 order by declaredAt, criterionId", projectId, seq)
        .map(l -> l.stream().map(CriterionEntity::view).toList());
  }
}

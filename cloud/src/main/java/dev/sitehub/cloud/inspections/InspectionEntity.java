package dev.sitehub.cloud.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One filed inspection of a stage (table {@code inspection}). */
@Entity
@Table(name = "inspection")
class InspectionEntity {
  @Id
  @Column(name = "inspection_id")
  String inspectionId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "stage_seq", nullable = false)
  int stageSeq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Checklist checklist;

  @Column(name = "inspector_id", nullable = false)
  String inspectorId;

  @Column(name = "inspected_at", nullable = false)
  Instant inspectedAt;

  @Column(nullable = false)
  boolean passed;

  protected InspectionEntity() {}

  InspectionEntity(
      String inspectionId,
      String projectId,
      int stageSeq,
      Checklist checklist,
      String inspectorId,
      Instant inspectedAt,
      boolean passed) {
    this.inspectionId = inspectionId;
    this.projectId = projectId;
    this.stageSeq = stageSeq;
    this.checklist = checklist;
    this.inspectorId = inspectorId;
    this.inspectedAt = inspectedAt;
    this.passed = passed;
  }
}

package dev.sitehub.cloud.inspections;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An item a project's supervisor added to a stage's checklist (table checklist_extra_item). */
@Entity
@Table(name = "checklist_extra_item")
@IdClass(ExtraItemEntity.Key.class)
class ExtraItemEntity extends PanacheEntityBase {
  @Id
  @Column(name = "project_id")
  String projectId;

  @Id
  @Column(name = "stage_seq")
  int stageSeq;

  @Id String code;

  @Column(nullable = false)
  String title;

  @Column(name = "added_by", nullable = false)
  String addedBy;

  @Column(name = "added_at", nullable = false)
  Instant addedAt;

  protected ExtraItemEntity() {}

  ExtraItemEntity(
      String projectId, int stageSeq, String code, String title, String addedBy, Instant at) {
    this.projectId = projectId;
    this.stageSeq = stageSeq;
    this.code = code;
    this.title = title;
    this.addedBy = addedBy;
    this.addedAt = at;
  }

  ChecklistItem item() {
    return new ChecklistItem(code, title, null);
  }

  /** The stage's added items, oldest first. */
  static Uni<List<ChecklistItem>> ofStage(String projectId, int seq) {
    return ExtraItemEntity.<ExtraItemEntity>list(
            "projectId = ?1 and stageSeq = ?2 order by addedAt, code", projectId, seq)
        .map(l -> l.stream().map(ExtraItemEntity::item).toList());
  }

  /** The key: project, stage and item code. */
  record Key(String projectId, int stageSeq, String code) implements Serializable {}
}

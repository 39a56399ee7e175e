package dev.sitehub.cloud.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One rectification task and its moves (table {@code rectification}). */
@Entity
@Table(name = "rectification")
class RectificationEntity {
  @Id
  @Column(name = "rectification_id")
  String rectificationId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "stage_seq", nullable = false)
  int stageSeq;

  @Column(name = "inspection_id", nullable = false)
  String inspectionId;

  @Column(name = "item_code", nullable = false)
  String itemCode;

  @Column(nullable = false)
  String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RectificationState state;

  @Column(name = "fix_note")
  String fixNote;

  @Column(name = "fixed_by")
  String fixedBy;

  @Column(name = "fixed_at")
  Instant fixedAt;

  @Column(name = "closed_by")
  String closedBy;

  @Column(name = "closed_at")
  Instant closedAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected RectificationEntity() {}

  RectificationEntity(
      String id, String projectId, int seq, String inspectionId, ChecklistItem item, Instant at) {
    rectificationId = id;
    this.projectId = projectId;
    stageSeq = seq;
    this.inspectionId = inspectionId;
    itemCode = item.code();
    title = item.title();
    state = RectificationState.OPEN;
    createdAt = at;
  }

  /**
   * Moves to {@code to} by {@code userId}: FIXED records the fix, CLOSED the closing (keeping the
   * fix note unless one is given), OPEN clears the rejected fix.
   */
  void move(RectificationState to, String userId, String note, Instant at) {
    switch (to) {
      case CLOSED -> {
        closedBy = userId;
        closedAt = at;
        fixNote = note == null ? fixNote : note;
      }
      case FIXED -> {
        fixedBy = userId;
        fixedAt = at;
        fixNote = note;
      }
      case OPEN -> {
        fixedBy = null;
        fixedAt = null;
        fixNote = note;
      }
    }
    state = to;
  }

  Rectification view(boolean itemPhoto, List<RectificationFix> fixes) {
    return new Rectification(
        rectificationId,
        projectId,
        stageSeq,
        inspectionId,
        itemCode,
        title,
        state,
        fixNote,
        fixedBy,
        fixedAt,
        closedBy,
        closedAt,
        itemPhoto,
        List.copyOf(fixes));
  }
}

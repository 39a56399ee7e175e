package dev.sitehub.cloud.milestones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One project stage as work, as stored (table {@code milestone}); {@link Milestone} is its view.
 */
@Entity
@Table(name = "milestone")
@IdClass(MilestoneEntity.Key.class)
class MilestoneEntity {
  @Id
  @Column(name = "project_id")
  String projectId;

  @Id
  @Column(name = "seq")
  int seq;

  @Column(nullable = false)
  String name;

  /** The inspections feature's checklist code; milestones store it without reading it. */
  @Column(nullable = false)
  String checklist;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  MilestoneState state;

  @Column(name = "planned_start")
  LocalDate plannedStart;

  @Column(name = "planned_end")
  LocalDate plannedEnd;

  @Column(name = "actual_start")
  Instant actualStart;

  @Column(name = "actual_end")
  Instant actualEnd;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected MilestoneEntity() {}

  MilestoneEntity(String projectId, int seq, String name, String checklist, Instant now) {
    this.projectId = projectId;
    this.seq = seq;
    this.name = name;
    this.checklist = checklist;
    this.state = MilestoneState.PLANNED;
    this.updatedAt = now;
  }

  /** Moves to {@code target}, stamping the actual start or end the move marks. */
  void moveTo(MilestoneState target, Instant at) {
    state = target;
    updatedAt = at;
    if (target == MilestoneState.IN_PROGRESS) {
      actualStart = at;
    } else if (target == MilestoneState.ACCEPTED) {
      actualEnd = at;
    }
  }

  void plan(LocalDate start, LocalDate end, Instant at) {
    plannedStart = start;
    plannedEnd = end;
    updatedAt = at;
  }

  Milestone view() {
    return new Milestone(
        projectId, seq, name, checklist, state, plannedStart, plannedEnd, actualStart, actualEnd);
  }

  /** The milestone's identity: the project and its stage number. */
  record Key(String projectId, int seq) implements Serializable {}
}

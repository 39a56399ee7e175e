package dev.sitehub.cloud.milestones;

import java.time.Instant;
import java.time.LocalDate;

/** One project stage as work: its state, checklist template and planned/actual dates. */
public record Milestone(
    String projectId,
    int seq,
    String name,
    String checklist,
    MilestoneState state,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    Instant actualStart,
    Instant actualEnd) {

  /** Overdue: planned to end before {@code today} and not accepted yet. */
  public boolean overdue(LocalDate today) {
    return state != MilestoneState.ACCEPTED && plannedEnd != null && plannedEnd.isBefore(today);
  }
}

package dev.sitehub.cloud.milestones;

import java.util.EnumSet;
import java.util.Set;

/**
 * A milestone's state and its allowed moves: planned -> in progress -> ready for inspection ->
 * accepted, or -> rectification -> ready for inspection again.
 */
public enum MilestoneState {
  PLANNED,
  IN_PROGRESS,
  READY_FOR_INSPECTION,
  RECTIFICATION,
  ACCEPTED;

  public Set<MilestoneState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(READY_FOR_INSPECTION);
      case READY_FOR_INSPECTION -> EnumSet.of(ACCEPTED, RECTIFICATION);
      case RECTIFICATION -> EnumSet.of(READY_FOR_INSPECTION);
      case ACCEPTED -> EnumSet.noneOf(MilestoneState.class);
    };
  }

  public boolean canMoveTo(MilestoneState target) {
    return next().contains(target);
  }
}

package dev.sitehub.cloud.alerts;

import java.util.List;

/**
 * Tells the engine which planned work is still open and when it is due, so that the engine can
 * raise and resolve MILESTONE_OVERDUE alerts. The milestone lifecycle implements it; the interface
 * keeps this package free of a dependency on milestones.
 */
public interface DeadlineHook {

  /** Every deadline not met yet (work not accepted), overdue or not. */
  List<Deadline> openDeadlines();
}

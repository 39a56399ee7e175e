package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.alerts.Deadline;
import dev.sitehub.cloud.alerts.DeadlineHook;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Feeds the alert engine's MILESTONE_OVERDUE rule: every planned milestone not accepted yet is a
 * deadline at its project's site, keyed by project and stage.
 */
@ApplicationScoped
class MilestoneDeadlines implements DeadlineHook {
  private final MilestoneService milestones;

  public MilestoneDeadlines(MilestoneService milestones) {
    this.milestones = milestones;
  }

  @Override
  public List<Deadline> openDeadlines() {
    return milestones.openDeadlines().stream()
        .map(
            m ->
                new Deadline(
                    m.siteId(),
                    m.projectId() + "/" + m.seq(),
                    "stage " + m.seq() + " (" + m.name() + ") of project " + m.projectId(),
                    m.plannedEnd()))
        .toList();
  }
}

package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.milestones.StageChecklists;
import jakarta.enterprise.context.ApplicationScoped;

/** Chooses a new stage's checklist for the milestones feature. */
@ApplicationScoped
class ChecklistChoice implements StageChecklists {
  @Override
  public String checklistFor(String stageName) {
    return Checklist.forStageName(stageName).name();
  }
}

package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.milestones.StageChecklists;
import jakarta.enterprise.context.ApplicationScoped;

/** Chooses a new stage's checklist, from the stage type its contract names, for milestones. */
@ApplicationScoped
class ChecklistChoice implements StageChecklists {
  @Override
  public String checklistFor(StageType type) {
    return Checklist.of(type).name();
  }
}

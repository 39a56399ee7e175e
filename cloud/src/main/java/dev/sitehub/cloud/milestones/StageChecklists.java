package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.contracts.StageType;

/**
 * What milestones ask the inspections feature when a stage is created: the name of the checklist
 * its inspections will use, from the stage type its contract names (null: none named).
 */
public interface StageChecklists {
  String checklistFor(StageType type);
}

package dev.sitehub.cloud.milestones;

/**
 * What milestones ask the inspections feature when a stage is created: the name of the checklist
 * its inspections will use.
 */
public interface StageChecklists {
  String checklistFor(String stageName);
}

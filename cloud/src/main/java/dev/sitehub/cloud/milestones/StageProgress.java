package dev.sitehub.cloud.milestones;

/**
 * How far a project's stages are: how many there are, how many are accepted, and the first one not
 * accepted yet (its fields are null when every stage is accepted or none exists).
 */
public record StageProgress(
    String projectId,
    int stages,
    int accepted,
    Integer currentSeq,
    String currentName,
    MilestoneState currentState) {

  /** The progress of a project whose milestones have not been created yet. */
  public static StageProgress none(String projectId) {
    return new StageProgress(projectId, 0, 0, null, null, null);
  }
}

package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.milestones.MilestoneState;
import io.quarkus.qute.TemplateData;

/**
 * One project on the "My projects" list: its site, how far it is (accepted of all stages), the
 * current stage, and how many acceptance records wait for the viewer's signature.
 */
@TemplateData
public record ProjectCard(
    String projectId,
    String siteName,
    String address,
    int stages,
    int accepted,
    String currentStage,
    MilestoneState currentState,
    int awaitingYou) {

  public boolean done() {
    return stages > 0 && accepted == stages;
  }
}

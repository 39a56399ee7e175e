package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.contracts.VersionStatus;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.quarkus.qute.TemplateData;

/**
 * One contract an enterprise is party to, as its workspace lists it: the current version's state,
 * the project once filed (null before), progress, and the first stage not yet accepted (null when
 * none is planned or all are accepted).
 */
@TemplateData
public record EnterpriseProjectCard(
    String contractId,
    String title,
    String siteName,
    VersionStatus contractStatus,
    String projectId,
    int stages,
    int accepted,
    Integer currentSeq,
    String currentStage,
    MilestoneState currentState) {

  public boolean done() {
    return stages > 0 && accepted == stages;
  }
}

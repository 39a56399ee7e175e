package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.inspections.InspectionSummary;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Everything the acceptance sign-off page shows for one stage: the evidence, the inspection it
 * rests on, the stage's payment and whether it was released, which action the viewer may take now,
 * and the last action's error.
 */
@TemplateData
public record AcceptancePageView(
    String projectId,
    String siteId,
    String siteName,
    int seq,
    String stageName,
    AcceptanceEvidence evidence,
    InspectionSummary inspection,
    String payable,
    String retained,
    boolean released,
    boolean canSign,
    boolean canRelease,
    String evidenceReceipt,
    AcceptanceProblem error,
    List<Criterion> criteriaOff) {

  public boolean finalStage() {
    return seq == AcceptanceService.FINAL;
  }

  public String base() {
    return "/portal/projects/" + projectId + "/stages/" + seq;
  }

  AcceptancePageView withError(AcceptanceProblem problem) {
    return new AcceptancePageView(
        projectId,
        siteId,
        siteName,
        seq,
        stageName,
        evidence,
        inspection,
        payable,
        retained,
        released,
        canSign,
        canRelease,
        evidenceReceipt,
        problem,
        criteriaOff);
  }
}

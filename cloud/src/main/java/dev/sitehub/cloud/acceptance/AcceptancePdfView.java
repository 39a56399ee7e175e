package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.inspections.InspectionSummary;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One stage's acceptance record as a PDF shows it: the evidence of the page, the checklist, the
 * frozen stills themselves (as data URIs, so the PDF needs nothing else), who signed, and the
 * evidence chain's receipt.
 */
@TemplateData
public record AcceptancePdfView(
    String projectId,
    String siteName,
    int seq,
    String stageName,
    AcceptanceEvidence evidence,
    InspectionSummary inspection,
    List<Still> stills,
    String supervisorName,
    String customerName,
    String evidenceReceipt,
    String generatedAt,
    String zone) {

  public boolean finalStage() {
    return seq == AcceptanceService.FINAL;
  }

  /** A frozen still of the record: its picture, camera, time and the hash the chain keeps. */
  @TemplateData
  public record Still(String dataUri, String cameraId, String takenAt, String sha256) {}
}

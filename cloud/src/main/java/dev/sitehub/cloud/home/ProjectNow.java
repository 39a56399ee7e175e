package dev.sitehub.cloud.home;

import dev.sitehub.cloud.milestones.MilestoneState;
import io.quarkus.qute.TemplateData;

/**
 * What a homeowner's project needs from them today: the stage it is at, the site's latest still,
 * the open alerts, the next payment, and what waits for their signature or confirmation.
 */
@TemplateData
public record ProjectNow(
    String projectId,
    String siteId,
    String siteName,
    int stages,
    int accepted,
    Integer currentSeq,
    String currentStage,
    MilestoneState currentState,
    Still still,
    int openAlerts,
    Payment nextPayment,
    int acceptancesToSign,
    boolean designToConfirm) {

  /** The site's newest camera still: its image address and when it was taken (site time). */
  @TemplateData
  public record Still(String imageUrl, String takenAt) {}

  /**
   * The next stage payment: which stage, how much (yuan), and whether the homeowner may release it
   * now (its acceptance is signed) or it falls due at that stage's acceptance.
   */
  @TemplateData
  public record Payment(int seq, String stage, String amount, boolean releasable) {}

  public boolean done() {
    return stages > 0 && accepted == stages;
  }
}

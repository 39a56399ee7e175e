package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.acceptance.AcceptanceEvidence;
import dev.sitehub.cloud.inspections.InspectionSummary;
import dev.sitehub.cloud.milestones.MilestoneState;
import dev.sitehub.cloud.settlement.DepositForm;
import dev.sitehub.cloud.settlement.PaymentsView;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A project's timeline page: each stage with its dates, inspections and acceptance evidence, the
 * final acceptance, and the payments; {@code deposit} is set only for the project's customer.
 */
@TemplateData
public record TimelineView(
    String projectId,
    String contractId,
    String siteId,
    String siteName,
    String address,
    List<Stage> stages,
    AcceptanceEvidence finalAcceptance,
    PaymentsView payments,
    DepositForm deposit) {

  /** One stage of the work as the timeline shows it. */
  @TemplateData
  public record Stage(
      int seq,
      String name,
      MilestoneState state,
      String plannedStart,
      String plannedEnd,
      String actualStart,
      String actualEnd,
      boolean overdue,
      List<InspectionSummary> inspections,
      AcceptanceEvidence acceptance,
      String payable,
      String retained,
      boolean released) {

    public boolean accepted() {
      return state == MilestoneState.ACCEPTED;
    }
  }
}

package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.acceptance.AcceptanceEvidence;
import dev.sitehub.cloud.acceptance.AcceptanceEvidences;
import dev.sitehub.cloud.acceptance.AcceptanceService;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.inspections.InspectionService;
import dev.sitehub.cloud.inspections.InspectionSummary;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.settlement.DepositForm;
import dev.sitehub.cloud.settlement.LedgerService;
import dev.sitehub.cloud.settlement.PaymentsView;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles a project's timeline from the lifecycle services (milestones, inspections, acceptance,
 * ledger); it reads only, so the page shows exactly what the JSON API would return.
 */
@ApplicationScoped
class ProjectTimeline {
  private final MilestoneService milestones;
  private final InspectionService inspections;
  private final AcceptanceEvidences evidences;
  private final LedgerService ledger;
  private final SiteService sites;
  private final Clock clock;

  public ProjectTimeline(
      MilestoneService milestones,
      InspectionService inspections,
      AcceptanceEvidences evidences,
      LedgerService ledger,
      SiteService sites,
      Clock clock) {
    this.milestones = milestones;
    this.inspections = inspections;
    this.evidences = evidences;
    this.ledger = ledger;
    this.sites = sites;
    this.clock = clock;
  }

  public TimelineView of(Project p, DepositForm deposit) {
    Site site = sites.get(p.siteId());
    String zone = site.timezone();
    PaymentsView payments = PaymentsView.of(ledger.statement(p), zone);
    LocalDate today = clock.instant().atZone(zoneOf(zone)).toLocalDate();
    List<TimelineView.Stage> stages = new ArrayList<>();
    for (Milestone m : milestones.sync(p)) {
      Optional<StagePayment> pay = p.stages().stream().filter(s -> s.seq() == m.seq()).findFirst();
      stages.add(
          new TimelineView.Stage(
              m.seq(),
              m.name(),
              m.state(),
              m.plannedStart() == null ? null : m.plannedStart().toString(),
              m.plannedEnd() == null ? null : m.plannedEnd().toString(),
              m.actualStart() == null ? null : PortalContext.time(m.actualStart(), zone),
              m.actualEnd() == null ? null : PortalContext.time(m.actualEnd(), zone),
              m.overdue(today),
              inspections.forStage(p, m.seq()).stream()
                  .map(i -> InspectionSummary.of(i, zone))
                  .toList(),
              evidence(p, m.seq(), site.siteId(), zone),
              pay.map(s -> PaymentsView.yuan(s.payableFen())).orElse(null),
              pay.map(s -> PaymentsView.yuan(s.retainedFen())).orElse(null),
              payments.released(m.seq())));
    }
    return new TimelineView(
        p.projectId(),
        p.contractId(),
        site.siteId(),
        site.name(),
        site.address(),
        stages,
        evidence(p, AcceptanceService.FINAL, site.siteId(), zone),
        payments,
        deposit);
  }

  private AcceptanceEvidence evidence(Project p, int seq, String siteId, String zone) {
    return evidences.record(p, seq).map(r -> evidences.evidence(r, siteId, zone)).orElse(null);
  }

  private static ZoneId zoneOf(String zone) {
    try {
      return ZoneId.of(zone == null ? "UTC" : zone);
    } catch (java.time.DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}

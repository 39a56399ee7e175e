package dev.sitehub.cloud.home;

import dev.sitehub.cloud.acceptance.AwaitingSignatures;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertStatus;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.ThreadStatus;
import dev.sitehub.cloud.contracts.ContractListings;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractView;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectListing;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.contracts.VersionStatus;
import dev.sitehub.cloud.design.DesignService;
import dev.sitehub.cloud.design.Proposal;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import dev.sitehub.cloud.milestones.ProgressQuery;
import dev.sitehub.cloud.milestones.StageProgress;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.settlement.DisputeQueue;
import dev.sitehub.cloud.settlement.LedgerService;
import dev.sitehub.cloud.settlement.PaymentsView;
import dev.sitehub.cloud.settlement.StageLine;
import dev.sitehub.cloud.sites.Site;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each role's home asks the features that own the answers: a homeowner's projects and what
 * waits for them, an enterprise's open work, the operator's queues. Read-only; each part comes from
 * its owner's public service.
 */
@ApplicationScoped
class HomeDesks {
  static final int MAX_PROJECTS = 20;
  static final int MAX_QUEUE = 500;

  private final ContractListings listings;
  private final ContractService contracts;
  private final ProjectService projects;
  private final ProgressQuery progress;
  private final AwaitingSignatures awaiting;
  private final AlertStore alerts;
  private final LedgerService ledger;
  private final DesignService designs;
  private final Stills stills;
  private final StaffService staff;
  private final EnterpriseService enterprises;
  private final ConsultationService inquiries;
  private final DisputeQueue disputes;

  HomeDesks(
      ContractListings listings,
      ContractService contracts,
      ProjectService projects,
      ProgressQuery progress,
      AwaitingSignatures awaiting,
      AlertStore alerts,
      LedgerService ledger,
      DesignService designs,
      Stills stills,
      StaffService staff,
      EnterpriseService enterprises,
      ConsultationService inquiries,
      DisputeQueue disputes) {
    this.listings = listings;
    this.contracts = contracts;
    this.projects = projects;
    this.progress = progress;
    this.awaiting = awaiting;
    this.alerts = alerts;
    this.ledger = ledger;
    this.designs = designs;
    this.stills = stills;
    this.staff = staff;
    this.enterprises = enterprises;
    this.inquiries = inquiries;
    this.disputes = disputes;
  }

  /** The projects whose customer is the viewer, each with what needs them now. */
  public List<ProjectNow> homeowner(String userId, List<Site> visible) {
    Map<String, Site> byId =
        visible.stream().collect(Collectors.toMap(Site::siteId, Function.identity()));
    List<ProjectListing> mine =
        listings.projectsOnSites(List.copyOf(byId.keySet()), MAX_PROJECTS * 5).stream()
            .filter(p -> p.customerId().equals(userId))
            .limit(MAX_PROJECTS)
            .toList();
    if (mine.isEmpty()) {
      return List.of();
    }
    List<String> ids = mine.stream().map(ProjectListing::projectId).toList();
    Map<String, StageProgress> stages = progress.of(ids);
    Map<String, AwaitingSignatures.Counts> waiting = awaiting.of(ids);
    List<String> siteIds = mine.stream().map(ProjectListing::siteId).distinct().toList();
    Map<String, Long> openAlerts =
        alerts
            .inbox(siteIds, Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), null, MAX_QUEUE)
            .stream()
            .collect(Collectors.groupingBy(Alert::siteId, Collectors.counting()));
    return mine.stream()
        .map(
            l -> {
              Site s = byId.get(l.siteId());
              Project p = projects.get(l.projectId());
              StageProgress g =
                  stages.getOrDefault(l.projectId(), StageProgress.none(l.projectId()));
              AwaitingSignatures.Counts w =
                  waiting.getOrDefault(l.projectId(), new AwaitingSignatures.Counts(0, 0));
              return new ProjectNow(
                  l.projectId(),
                  s.siteId(),
                  s.name(),
                  g.stages(),
                  g.accepted(),
                  g.currentSeq(),
                  g.currentName(),
                  g.currentState(),
                  still(s),
                  openAlerts.getOrDefault(s.siteId(), 0L).intValue(),
                  nextPayment(p),
                  w.customer(),
                  designToConfirm(p));
            })
        .toList();
  }

  /** The contracts waiting for the viewer's signature as customer. */
  public List<ContractToSign> contractsToSign(String userId) {
    String key = PartyKind.CUSTOMER.name() + ":" + userId;
    return contracts.mine(userId).stream()
        .filter(c -> c.status() != VersionStatus.FILED && c.awaitingParties().contains(key))
        .map(HomeDesks::toSign)
        .toList();
  }

  /** The viewer's enterprise and its open work; empty when they are no active staff member. */
  public Optional<CompanyNow> company(String userId) {
    Optional<StaffMember> member = staff.activeMembership(userId);
    if (member.isEmpty()) {
      return Optional.empty();
    }
    String enterpriseId = member.get().enterpriseId();
    List<StaffMember> roster = staff.roster(enterpriseId);
    int active = (int) roster.stream().filter(StaffMember::active).count();
    int drafts =
        (int)
            listings.ofParty(enterpriseId, MAX_QUEUE).stream()
                .filter(c -> c.status() == VersionStatus.DRAFT)
                .count();
    return Optional.of(
        new CompanyNow(
            enterpriseId,
            enterprises.get(enterpriseId).name(),
            inquiries.inbox(enterpriseId, ThreadStatus.OPEN, userId).size(),
            drafts,
            active,
            roster.size() - active));
  }

  /** The operator's queues. */
  public OperatorQueues operator() {
    return new OperatorQueues(enterprises.pending().size(), disputes.open(MAX_QUEUE));
  }

  private Optional<ProjectNow.Still> stillOf(Site s) {
    return stills.latestOfEachCamera(s.siteId()).stream()
        .max(Comparator.comparing(Snapshot::takenAt))
        .map(
            x ->
                new ProjectNow.Still(
                    "/api/sites/" + s.siteId() + "/snapshots/" + x.id() + "/image",
                    PortalContext.time(x.takenAt(), s.timezone())));
  }

  private ProjectNow.Still still(Site s) {
    return stillOf(s).orElse(null);
  }

  private ProjectNow.Payment nextPayment(Project p) {
    return ledger.statement(p).stages().stream()
        .filter(l -> !l.released() && l.payableFen() > 0)
        .min(Comparator.comparingInt(StageLine::seq))
        .map(
            l ->
                new ProjectNow.Payment(
                    l.seq(), l.name(), PaymentsView.yuan(l.payableFen()), l.accepted()))
        .orElse(null);
  }

  private boolean designToConfirm(Project p) {
    List<Proposal> all = designs.list(p);
    return !all.isEmpty() && all.stream().noneMatch(Proposal::confirmed);
  }

  private static ContractToSign toSign(ContractView c) {
    return new ContractToSign(c.contractId(), c.terms().title(), c.terms().siteName());
  }
}

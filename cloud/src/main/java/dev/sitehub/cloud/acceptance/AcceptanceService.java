package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.ChainLink;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.inspections.InspectionService;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Assembles a stage's acceptance record from the evidence (telemetry verdicts, the passed
 * inspection), refuses it while a criterion does not pass unless an operator overrides with a
 * reason, and collects the supervisor's then the customer's signature; the signed record moves the
 * milestone to accepted and joins the evidence chain. Stage 0 is the final acceptance.
 */
@ApplicationScoped
public class AcceptanceService {
  public static final int FINAL = 0;
  private static final Logger LOG = Logger.getLogger(AcceptanceService.class);
  private final UnitOfWork work;
  private final InspectionService inspections;
  private final CriteriaService criteria;
  private final MilestoneService milestones;
  private final EvidenceService evidence;
  private final AcceptanceRepository records;
  private final StageStills stills;
  private final AcceptanceConfig config;
  private final Clock clock;
  private final Ids ids;

  public AcceptanceService(
      UnitOfWork work,
      InspectionService inspections,
      CriteriaService criteria,
      MilestoneService milestones,
      EvidenceService evidence,
      StageStills stills,
      AcceptanceConfig config,
      AcceptanceRepository records,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.inspections = inspections;
    this.criteria = criteria;
    this.milestones = milestones;
    this.evidence = evidence;
    this.records = records;
    this.stills = stills;
    this.config = config;
    this.clock = clock;
    this.ids = ids;
  }

  public AcceptanceRecord assemble(
      Project p, int seq, AcceptRequest r, String userId, boolean operator) {
    String override = r == null || r.overrideReason() == null ? null : r.overrideReason().strip();
    if (override != null && !override.isEmpty() && !operator) {
      throw ProblemException.forbidden(
          "override-operator-only", "only an operator may override criteria");
    }
    String inspectionId = null;
    List<Milestone> all = milestones.sync(p);
    if (seq == FINAL) {
      List<Integer> open =
          all.stream()
              .filter(m -> m.state() != MilestoneState.ACCEPTED)
              .map(Milestone::seq)
              .toList();
      if (!open.isEmpty()) {
        throw ProblemException.conflict(
            "stages-not-accepted", "stages " + open + " are not accepted yet");
      }
    } else {
      Milestone m = milestones.get(p, seq);
      if (m.state() != MilestoneState.READY_FOR_INSPECTION) {
        throw ProblemException.conflict("milestone-not-ready", "stage " + seq + " is " + m.state());
      }
      inspectionId =
          inspections
              .latestPassed(p.projectId(), seq)
              .orElseThrow(
                  () ->
                      ProblemException.conflict(
                          "inspection-required",
                          "stage " + seq + " has no passed inspection since it was last ready"));
    }
    List<CriterionResult> results = criteria.evaluate(p, seq);
    List<CriterionResult> failing =
        results.stream().filter(c -> c.verdict() != Verdict.PASS).toList();
    boolean overridden = !failing.isEmpty() && override != null && !override.isEmpty();
    if (!failing.isEmpty() && !overridden) {
      throw ProblemException.conflict(
          "acceptance-criteria-failed",
          failing.stream()
              .map(c -> c.kind() + " " + c.verdict() + ": " + c.finding())
              .collect(Collectors.joining("; ")));
    }
    Instant now = clock.instant();
    List<StageStill> attached = stills.attach(p.siteId(), windowStart(all, seq, now), now);
    AcceptanceRecord rec =
        new AcceptanceRecord(
            ids.next("acc"),
            p.projectId(),
            seq,
            AcceptanceState.AWAITING_SUPERVISOR,
            results,
            inspectionId,
            overridden ? userId : null,
            overridden ? override : null,
            null,
            null,
            null,
            null,
            now,
            attached);
    work.write(
        () ->
            records
                .find(p.projectId(), seq, true)
                .chain(
                    existing -> {
                      if (existing.isPresent()
                          && existing.get().state() != AcceptanceState.AWAITING_SUPERVISOR) {
                        throw ProblemException.conflict(
                            "acceptance-already-signed",
                            "stage " + seq + " acceptance is being signed");
                      }
                      return records.replace(rec);
                    }));
    LOG.infof(
        "acceptance assembled project=%s seq=%d record=%s criteria=%d stills=%d override=%s",
        p.projectId(), seq, rec.recordId(), results.size(), attached.size(), overridden);
    return rec;
  }

  /** Signs as supervisor (first) or as the project's customer (second, which files the record). */
  public AcceptanceRecord sign(Project p, int seq, String userId, boolean supervisor) {
    return signed(p, seq, userId, supervisor).record();
  }

  /**
   * A signature and what it gives the signer: the record, and when the signature filed it, the
   * evidence chain's signed head receipt for the parties to keep.
   */
  public record Signed(AcceptanceRecord record, String evidenceReceipt) {}

  /** As {@link #sign}, with the evidence receipt when this signature filed the record. */
  public Signed signed(Project p, int seq, String userId, boolean supervisor) {
    Instant now = clock.instant();
    String receipt =
        work.write(
            () ->
                records
                    .find(p.projectId(), seq, true)
                    .chain(
                        found -> {
                          AcceptanceRecord rec =
                              found.orElseThrow(
                                  () ->
                                      ProblemException.notFound(
                                          "acceptance-not-found",
                                          "no acceptance record for stage " + seq));
                          return signNext(p, seq, rec, userId, supervisor, now);
                        }));
    LOG.infof("acceptance signed project=%s seq=%d by=%s", p.projectId(), seq, userId);
    return new Signed(get(p, seq), receipt);
  }

  /** Work that signs; its item is the evidence receipt when the signature filed the record. */
  private Uni<String> signNext(
      Project p, int seq, AcceptanceRecord rec, String userId, boolean supervisor, Instant now) {
    boolean customer = p.customerId().equals(userId);
    return switch (rec.state()) {
      case AWAITING_SUPERVISOR -> {
        if (!supervisor) {
          throw ProblemException.conflict(
              "supervisor-signs-first", "the supervisor signs before the customer");
        }
        yield records.signSupervisor(rec.recordId(), userId, now).replaceWith((String) null);
      }
      case AWAITING_CUSTOMER -> {
        if (!customer) {
          throw ProblemException.conflict(
              "customer-signature-awaited", "only the project's customer signs now");
        }
        yield records
            .signCustomer(rec.recordId(), userId, now)
            .chain(
                () ->
                    seq == FINAL
                        ? Uni.createFrom().voidItem()
                        : milestones.transitioning(p.projectId(), seq, MilestoneState.ACCEPTED))
            .chain(
                () ->
                    evidence.appending(p.projectId(), RecordKind.ACCEPTANCE_RECORD, rec.recordId()))
            .map(ChainLink::receiptText);
      }
      case SIGNED ->
          throw ProblemException.conflict(
              "already-signed", "stage " + seq + " acceptance is signed");
    };
  }

  /**
   * The signed evidence receipt of a filed record (its link in the project's chain), for the
   * parties to keep; null before the record is filed or for a link made before heads were signed.
   */
  public String evidenceReceipt(Project p, AcceptanceRecord r) {
    if (r.state() != AcceptanceState.SIGNED) {
      return null;
    }
    return evidence.links(p.projectId()).stream()
        .filter(l -> l.kind() == RecordKind.ACCEPTANCE_RECORD && l.recordId().equals(r.recordId()))
        .map(ChainLink::receiptText)
        .filter(java.util.Objects::nonNull)
        .reduce((first, later) -> later)
        .orElse(null);
  }

  public AcceptanceRecord get(Project p, int seq) {
    return find(p, seq)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "acceptance-not-found", "no acceptance record for stage " + seq));
  }

  /** The stage's record, or empty while none has been assembled. */
  public Optional<AcceptanceRecord> find(Project p, int seq) {
    return work.read(() -> records.find(p.projectId(), seq, false));
  }

  /**
   * Where the stage's stills start: when the stage started (the first stage, for the final
   * acceptance), or as many days back as the records keep stills for when it never started.
   */
  private Instant windowStart(List<Milestone> all, int seq, Instant now) {
    return all.stream()
        .filter(m -> seq == FINAL || m.seq() == seq)
        .map(Milestone::actualStart)
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo)
        .orElse(now.minus(java.time.Duration.ofDays(config.stillDays())));
  }
}

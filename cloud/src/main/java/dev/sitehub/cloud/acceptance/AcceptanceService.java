package dev.sitehub.cloud.acceptance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
  private final AgroalDataSource db;
  private final CriteriaService criteria;
  private final MilestoneService milestones;
  private final EvidenceService evidence;
  private final AcceptanceRepository records;
  private final StageStills stills;
  private final AcceptanceConfig config;
  private final Clock clock;
  private final Ids ids;

  public AcceptanceService(
      AgroalDataSource db,
      CriteriaService criteria,
      MilestoneService milestones,
      EvidenceService evidence,
      StageStills stills,
      AcceptanceConfig config,
      ObjectMapper json,
      Clock clock,
      Ids ids) {
    this.db = db;
    this.criteria = criteria;
    this.milestones = milestones;
    this.evidence = evidence;
    this.records = new AcceptanceRepository(json);
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
          latestPassedInspection(p.projectId(), seq)
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
              .map(c -> c.kind() + " " + c.verdict() + ": " + c.detail())
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
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<AcceptanceRecord> existing = records.find(c, p.projectId(), seq, true);
        if (existing.isPresent() && existing.get().state() != AcceptanceState.AWAITING_SUPERVISOR) {
          throw ProblemException.conflict(
              "acceptance-already-signed", "stage " + seq + " acceptance is being signed");
        }
        records.replace(c, rec);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("acceptance insert failed", e);
    }
    LOG.infof(
        "acceptance assembled project=%s seq=%d record=%s criteria=%d stills=%d override=%s",
        p.projectId(), seq, rec.recordId(), results.size(), attached.size(), overridden);
    return rec;
  }

  /** Signs as supervisor (first) or as the project's customer (second, which files the record). */
  public AcceptanceRecord sign(Project p, int seq, String userId, boolean supervisor) {
    Instant now = clock.instant();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        AcceptanceRecord rec =
            records
                .find(c, p.projectId(), seq, true)
                .orElseThrow(
                    () ->
                        ProblemException.notFound(
                            "acceptance-not-found", "no acceptance record for stage " + seq));
        boolean customer = p.customerId().equals(userId);
        switch (rec.state()) {
          case AWAITING_SUPERVISOR -> {
            if (!supervisor) {
              throw ProblemException.conflict(
                  "supervisor-signs-first", "the supervisor signs before the customer");
            }
            records.signSupervisor(c, rec.recordId(), userId, now);
          }
          case AWAITING_CUSTOMER -> {
            if (!customer) {
              throw ProblemException.conflict(
                  "customer-signature-awaited", "only the project's customer signs now");
            }
            records.signCustomer(c, rec.recordId(), userId, now);
            if (seq != FINAL) {
              milestones.transition(c, p.projectId(), seq, MilestoneState.ACCEPTED);
            }
            evidence.append(c, p.projectId(), RecordKind.ACCEPTANCE_RECORD, rec.recordId());
          }
          case SIGNED ->
              throw ProblemException.conflict(
                  "already-signed", "stage " + seq + " acceptance is signed");
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("acceptance signing failed", e);
    }
    LOG.infof("acceptance signed project=%s seq=%d by=%s", p.projectId(), seq, userId);
    return get(p, seq);
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
    try (Connection c = db.getConnection()) {
      return records.find(c, p.projectId(), seq, false);
    } catch (SQLException e) {
      throw new IllegalStateException("acceptance read failed", e);
    }
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

  /** The latest inspection of the stage if it passed and no rectification is still open. */
  private Optional<String> latestPassedInspection(String projectId, int seq) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT inspection_id, passed FROM inspection WHERE project_id = ? AND stage_seq = ?"
                    + " ORDER BY inspected_at DESC, inspection_id DESC LIMIT 1")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(2) ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("inspection read failed", e);
    }
  }
}

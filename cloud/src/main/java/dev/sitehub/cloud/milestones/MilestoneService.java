package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Milestones made from the contract's stages, their state machine, and the two signals the alert
 * engine reads ({@link #overdue} and {@link #inProgress}). Opening a project's lifecycle also files
 * its contract and amendments at the head of the evidence chain.
 */
@ApplicationScoped
public class MilestoneService {
  private static final Logger LOG = Logger.getLogger(MilestoneService.class);
  private final AgroalDataSource db;
  private final EvidenceService evidence;
  private final Clock clock;
  private final StageChecklists checklists;

  public MilestoneService(
      AgroalDataSource db, EvidenceService evidence, Clock clock, StageChecklists checklists) {
    this.db = db;
    this.evidence = evidence;
    this.clock = clock;
    this.checklists = checklists;
  }

  /** Creates missing milestones and chains filed contract versions; safe to repeat. */
  public List<Milestone> sync(Project p) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        MilestoneRepository.ensure(c, p.projectId(), p.stages(), checklists);
        for (int version : filedVersions(c, p.contractId())) {
          evidence.append(
              c,
              p.projectId(),
              version == 1 ? RecordKind.CONTRACT : RecordKind.AMENDMENT,
              p.contractId() + ":" + version);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      return MilestoneRepository.list(c, p.projectId());
    } catch (SQLException e) {
      throw new IllegalStateException("milestone sync failed", e);
    }
  }

  public Milestone get(Project p, int seq) {
    sync(p);
    try (Connection c = db.getConnection()) {
      return MilestoneRepository.find(c, p.projectId(), seq, false)
          .orElseThrow(
              () -> ProblemException.notFound("milestone-not-found", "no milestone " + seq));
    } catch (SQLException e) {
      throw new IllegalStateException("milestone read failed", e);
    }
  }

  public Milestone plan(Project p, int seq, PlanRequest r) {
    if (r == null
        || r.plannedEnd() == null
        || (r.plannedStart() != null && r.plannedEnd().isBefore(r.plannedStart()))) {
      throw ProblemException.badRequest(
          "invalid-plan", "plannedEnd is required and may not precede plannedStart");
    }
    get(p, seq);
    try (Connection c = db.getConnection()) {
      MilestoneRepository.plan(c, p.projectId(), seq, r.plannedStart(), r.plannedEnd());
    } catch (SQLException e) {
      throw new IllegalStateException("milestone plan failed", e);
    }
    return get(p, seq);
  }

  /** A move the project manager makes: start, or ready for inspection (again). */
  public Milestone move(Project p, int seq, MilestoneState target, String actorId) {
    sync(p);
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        transition(c, p.projectId(), seq, target);
        if (target == MilestoneState.READY_FOR_INSPECTION
            && openRectifications(c, p.projectId(), seq) > 0) {
          throw ProblemException.conflict(
              "rectifications-open",
              "the supervisor has not closed every rectification of stage " + seq);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("milestone move failed", e);
    }
    LOG.infof(
        "milestone moved project=%s seq=%d state=%s by=%s", p.projectId(), seq, target, actorId);
    return get(p, seq);
  }

  /**
   * Moves a milestone inside the caller's transaction, refusing moves the state machine forbids.
   */
  public void transition(Connection c, String projectId, int seq, MilestoneState target)
      throws SQLException {
    Milestone m =
        MilestoneRepository.find(c, projectId, seq, true)
            .orElseThrow(
                () -> ProblemException.notFound("milestone-not-found", "no milestone " + seq));
    if (!m.state().canMoveTo(target)) {
      throw ProblemException.conflict(
          "invalid-milestone-transition",
          "stage " + seq + " cannot go from " + m.state() + " to " + target);
    }
    MilestoneRepository.setState(c, projectId, seq, target, clock.instant());
  }

  /** Milestones not accepted whose planned end has passed, for the overdue alert. */
  public List<MilestoneSignal> overdue(LocalDate today) {
    return signals("m.state <> 'ACCEPTED' AND m.planned_end < ?", java.sql.Date.valueOf(today));
  }

  /** Milestones not accepted that have a planned end, overdue or not: the alert deadlines. */
  public List<MilestoneSignal> openDeadlines() {
    return signals("m.state <> 'ACCEPTED' AND m.planned_end IS NOT NULL");
  }

  /** Milestones in progress, for the "stalled site" rule (no activity for N working days). */
  public List<MilestoneSignal> inProgress() {
    return signals("m.state = 'IN_PROGRESS'");
  }

  private List<MilestoneSignal> signals(String where, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT m.project_id, p.site_id, m.seq, m.name, m.state, m.planned_end, m.actual_start"
                    + " FROM milestone m JOIN project p ON p.project_id = m.project_id WHERE "
                    + where
                    + " ORDER BY m.project_id, m.seq")) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<MilestoneSignal> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          java.sql.Date pe = rs.getDate(6);
          java.sql.Timestamp as = rs.getTimestamp(7);
          out.add(
              new MilestoneSignal(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getString(4),
                  MilestoneState.valueOf(rs.getString(5)),
                  pe == null ? null : pe.toLocalDate(),
                  as == null ? null : as.toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("milestone signals failed", e);
    }
  }

  private static int openRectifications(Connection c, String projectId, int seq)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM rectification WHERE project_id = ? AND stage_seq = ? AND state <> 'CLOSED'")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static List<Integer> filedVersions(Connection c, String contractId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version FROM contract_version WHERE contract_id = ? AND status = 'FILED' ORDER BY version")) {
      ps.setString(1, contractId);
      List<Integer> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
      return out;
    }
  }
}

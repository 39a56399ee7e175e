package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
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
  private final UnitOfWork work;
  private final EvidenceService evidence;
  private final Clock clock;
  private final StageChecklists checklists;

  public MilestoneService(
      UnitOfWork work, EvidenceService evidence, Clock clock, StageChecklists checklists) {
    this.work = work;
    this.evidence = evidence;
    this.clock = clock;
    this.checklists = checklists;
  }

  /** Creates missing milestones and chains filed contract versions; safe to repeat. */
  public List<Milestone> sync(Project p) {
    work.write(
        () ->
            MilestoneRepository.ensure(p.projectId(), p.stages(), checklists)
                .chain(() -> MilestoneRepository.filedVersions(p.contractId()))
                .chain(
                    versions -> {
                      Uni<Void> all = Uni.createFrom().voidItem();
                      for (int version : versions) {
                        all =
                            all.chain(
                                () ->
                                    evidence
                                        .appending(
                                            p.projectId(),
                                            version == 1
                                                ? RecordKind.CONTRACT
                                                : RecordKind.AMENDMENT,
                                            p.contractId() + ":" + version)
                                        .replaceWithVoid());
                      }
                      return all;
                    }));
    return work.read(() -> MilestoneRepository.list(p.projectId()));
  }

  public Milestone get(Project p, int seq) {
    sync(p);
    return work.read(() -> MilestoneRepository.find(p.projectId(), seq, false))
        .orElseThrow(() -> ProblemException.notFound("milestone-not-found", "no milestone " + seq));
  }

  public Milestone plan(Project p, int seq, PlanRequest r) {
    if (r == null
        || r.plannedEnd() == null
        || (r.plannedStart() != null && r.plannedEnd().isBefore(r.plannedStart()))) {
      throw ProblemException.badRequest(
          "invalid-plan", "plannedEnd is required and may not precede plannedStart");
    }
    get(p, seq);
    work.write(
        () -> MilestoneRepository.plan(p.projectId(), seq, r.plannedStart(), r.plannedEnd()));
    return get(p, seq);
  }

  /** A move the project manager makes: start, or ready for inspection (again). */
  public Milestone move(Project p, int seq, MilestoneState target, String actorId) {
    sync(p);
    work.write(
        () ->
            transitioning(p.projectId(), seq, target)
                .chain(
                    () ->
                        target == MilestoneState.READY_FOR_INSPECTION
                            ? MilestoneRepository.openRectifications(p.projectId(), seq)
                            : Uni.createFrom().item(0L))
                .invoke(
                    open -> {
                      if (open > 0) {
                        throw ProblemException.conflict(
                            "rectifications-open",
                            "the supervisor has not closed every rectification of stage " + seq);
                      }
                    }));
    LOG.infof(
        "milestone moved project=%s seq=%d state=%s by=%s", p.projectId(), seq, target, actorId);
    return get(p, seq);
  }

  /**
   * Moves a milestone inside the caller's unit of work, refusing moves the state machine forbids.
   */
  public Uni<Void> transitioning(String projectId, int seq, MilestoneState target) {
    return MilestoneRepository.find(projectId, seq, true)
        .chain(
            found -> {
              Milestone m =
                  found.orElseThrow(
                      () ->
                          ProblemException.notFound("milestone-not-found", "no milestone " + seq));
              if (!m.state().canMoveTo(target)) {
                throw ProblemException.conflict(
                    "invalid-milestone-transition",
                    "stage " + seq + " cannot go from " + m.state() + " to " + target);
              }
              return MilestoneRepository.setState(projectId, seq, target, clock.instant());
            });
  }

  /**
   * Fails the caller's unit of work unless the stage is ready for inspection, and holds the stage
   * locked until that unit of work ends.
   */
  public Uni<Void> requireReady(String projectId, int seq) {
    return MilestoneRepository.find(projectId, seq, true)
        .invoke(
            m -> {
              if (m.isEmpty() || m.get().state() != MilestoneState.READY_FOR_INSPECTION) {
                throw ProblemException.conflict(
                    "milestone-not-ready", "stage " + seq + " is not ready for inspection");
              }
            })
        .replaceWithVoid();
  }

  /** Milestones not accepted whose planned end has passed, for the overdue alert. */
  public List<MilestoneSignal> overdue(LocalDate today) {
    return signals("m.state <> 'ACCEPTED' AND m.planned_end < ?1", today);
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
    return work.read(
        () ->
            MilestoneRepository.tuples(
                    "SELECT m.project_id, p.site_id, m.seq, m.name, m.state, m.planned_end,"
                        + " m.actual_start FROM milestone m JOIN project p"
                        + " ON p.project_id = m.project_id WHERE "
                        + where
                        + " ORDER BY m.project_id, m.seq",
                    args)
                .map(
                    rows ->
                        rows.stream()
                            .map(
                                t ->
                                    new MilestoneSignal(
                                        (String) t.get(0),
                                        (String) t.get(1),
                                        ((Number) t.get(2)).intValue(),
                                        (String) t.get(3),
                                        MilestoneState.valueOf((String) t.get(4)),
                                        MilestoneRepository.date(t.get(5)),
                                        MilestoneRepository.instant(t.get(6))))
                            .toList()));
  }
}

package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectLifecycle;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
  private final MilestoneRepository milestones;
  private final ProjectLifecycle projects;
  private final StageRectifications rectifications;
  private final EvidenceService evidence;
  private final Clock clock;
  private final StageChecklists checklists;

  MilestoneService(
      UnitOfWork work,
      MilestoneRepository milestones,
      ProjectLifecycle projects,
      StageRectifications rectifications,
      EvidenceService evidence,
      Clock clock,
      StageChecklists checklists) {
    this.work = work;
    this.milestones = milestones;
    this.projects = projects;
    this.rectifications = rectifications;
    this.evidence = evidence;
    this.clock = clock;
    this.checklists = checklists;
  }

  /** Creates missing milestones and chains filed contract versions; safe to repeat. */
  public List<Milestone> sync(Project p) {
    try {
      work.write(() -> syncing(p));
    } catch (RuntimeException e) {
      // A concurrent sync of the same project created the milestones first; ours now finds them.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      work.write(() -> syncing(p));
    }
    return work.read(() -> milestones.list(p.projectId()));
  }

  private Uni<Void> syncing(Project p) {
    return milestones
        .ensure(p.projectId(), p.stages(), checklists, clock.instant())
        .chain(() -> projects.filedVersions(p.contractId()))
        .chain(
            versions -> {
              Uni<Void> all = Uni.createFrom().voidItem();
              for (int version : versions) {
                RecordKind kind = version == 1 ? RecordKind.CONTRACT : RecordKind.AMENDMENT;
                String recordId = p.contractId() + ":" + version;
                all =
                    all.chain(
                        () -> evidence.appending(p.projectId(), kind, recordId).replaceWithVoid());
              }
              return all;
            });
  }

  public Milestone get(Project p, int seq) {
    sync(p);
    return work.read(() -> milestones.find(p.projectId(), seq, false))
        .map(MilestoneEntity::view)
        .orElseThrow(() -> notFound(seq));
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
        () ->
            milestones
                .find(p.projectId(), seq, true)
                .invoke(
                    m ->
                        m.orElseThrow(() -> notFound(seq))
                            .plan(r.plannedStart(), r.plannedEnd(), clock.instant())));
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
                            ? rectifications.openAt(p.projectId(), seq)
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
    return milestones
        .find(projectId, seq, true)
        .chain(
            found -> {
              MilestoneEntity m = found.orElseThrow(() -> notFound(seq));
              if (!m.state.canMoveTo(target)) {
                throw ProblemException.conflict(
                    "invalid-milestone-transition",
                    "stage " + seq + " cannot go from " + m.state + " to " + target);
              }
              m.moveTo(target, clock.instant());
              // A started stage must survive amendments, which replace only pending stages.
              return target == MilestoneState.IN_PROGRESS
                  ? projects.startStage(projectId, seq)
                  : Uni.createFrom().voidItem();
            });
  }

  /**
   * Fails the caller's unit of work unless the stage is ready for inspection, and holds the stage
   * locked until that unit of work ends.
   */
  public Uni<Void> requireReady(String projectId, int seq) {
    return milestones
        .find(projectId, seq, true)
        .invoke(
            m -> {
              if (m.isEmpty() || m.get().state != MilestoneState.READY_FOR_INSPECTION) {
                throw ProblemException.conflict(
                    "milestone-not-ready", "stage " + seq + " is not ready for inspection");
              }
            })
        .replaceWithVoid();
  }

  /** Milestones not accepted whose planned end has passed, for the overdue alert. */
  public List<MilestoneSignal> overdue(LocalDate today) {
    return signals(() -> milestones.openWithPlannedEnd(today));
  }

  /** Milestones not accepted that have a planned end, overdue or not: the alert deadlines. */
  public List<MilestoneSignal> openDeadlines() {
    return signals(() -> milestones.openWithPlannedEnd(null));
  }

  /** Milestones in progress, for the "stalled site" rule (no activity for N working days). */
  public List<MilestoneSignal> inProgress() {
    return signals(() -> milestones.inState(MilestoneState.IN_PROGRESS));
  }

  private List<MilestoneSignal> signals(Supplier<Uni<List<MilestoneEntity>>> query) {
    return work.read(
        () ->
            query
                .get()
                .chain(
                    found ->
                        projects
                            .sitesOf(found.stream().map(m -> m.projectId).distinct().toList())
                            .map(sites -> signals(found, sites))));
  }

  private static List<MilestoneSignal> signals(
      List<MilestoneEntity> found, Map<String, String> sites) {
    return found.stream()
        .filter(m -> sites.containsKey(m.projectId))
        .map(
            m ->
                new MilestoneSignal(
                    m.projectId,
                    sites.get(m.projectId),
                    m.seq,
                    m.name,
                    m.state,
                    m.plannedEnd,
                    m.actualStart))
        .toList();
  }

  private static ProblemException notFound(int seq) {
    return ProblemException.notFound("milestone-not-found", "no milestone " + seq);
  }
}

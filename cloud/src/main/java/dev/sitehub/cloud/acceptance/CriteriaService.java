package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.telemetry.LatestReadingView;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import dev.sitehub.protocol.message.SensorKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Declared telemetry criteria of a stage and their evaluation over stored readings, read through
 * the telemetry feature's query API.
 */
@ApplicationScoped
class CriteriaService {
  private static final Logger LOG = Logger.getLogger(CriteriaService.class);
  private static final int MAX_POINTS = 200_000;
  private static final int MAX_REASON = 500;

  private final UnitOfWork work;
  private final TelemetryQueries telemetry;
  private final AcceptanceConfig config;
  private final CriteriaEvaluator evaluator;
  private final MilestoneService milestones;
  private final AuditLog audit;
  private final Clock clock;
  private final Ids ids;

  public CriteriaService(
      UnitOfWork work,
      TelemetryQueries telemetry,
      AcceptanceConfig config,
      MilestoneService milestones,
      AuditLog audit,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.telemetry = telemetry;
    this.milestones = milestones;
    this.audit = audit;
    this.config = config;
    this.evaluator = new CriteriaEvaluator(config.limits());
    this.clock = clock;
    this.ids = ids;
  }

  public Criterion declare(Project p, int seq, DeclareCriterionRequest r, String userId) {
    if (r == null || r.kind() == null || r.sensorId() == null || r.sensorId().isBlank()) {
      throw ProblemException.badRequest("invalid-criterion", "kind and sensorId are required");
    }
    if (seq < 0 || (seq > 0 && p.stages().stream().noneMatch(s -> s.seq() == seq))) {
      throw ProblemException.notFound("stage-not-found", "no stage " + seq);
    }
    if (r.hours() != null && (r.hours() < 1 || r.hours() > 24 * 14)) {
      throw ProblemException.badRequest("invalid-criterion", "hours must be 1-336");
    }
    Instant now = clock.instant();
    Instant started = r.startedAt() == null ? now : r.startedAt();
    if (started.isAfter(now)) {
      throw ProblemException.badRequest("invalid-criterion", "startedAt lies in the future");
    }
    Integer hours =
        r.hours() != null
            ? r.hours()
            : switch (r.kind()) {
              case CLOSED_WATER -> config.closedWaterHours();
              case CURING -> config.curingHours();
              default -> null;
            };
    Criterion c =
        new Criterion(
            ids.next("crit"), p.projectId(), seq, r.kind(), r.sensorId(), started, hours, userId);
    work.write(() -> new CriterionEntity(c, now).persistAndFlush().replaceWithVoid());
    LOG.infof(
        "criterion declared project=%s seq=%d criterion=%s kind=%s sensor=%s",
        p.projectId(), seq, c.criterionId(), c.kind(), c.sensorId());
    return c;
  }

  public List<Criterion> declared(String projectId, int seq) {
    return work.read(() -> CriterionEntity.ofStage(projectId, seq));
  }

  /**
   * The stage's criteria, those turned off included, after applying its type's defaults: the
   * stage's criteria are created with its type's defaults once it has started and the site has a
   * sensor for them, unless the supervisor declared one of that kind or turned the default off.
   */
  public List<Criterion> ofStage(Project p, int seq) {
    List<Criterion> have = declared(p.projectId(), seq);
    StageType type =
        p.stages().stream()
            .filter(s -> s.seq() == seq)
            .findFirst()
            .map(StagePayment::type) // an untyped stage: Optional.empty, not a null element
            .orElse(null);
    Set<CriterionKind> present = new HashSet<>();
    have.forEach(c -> present.add(c.kind()));
    List<CriterionKind> missing =
        StageCriteria.defaults(type).stream().filter(k -> !present.contains(k)).toList();
    if (missing.isEmpty()) {
      return have;
    }
    Instant started = milestones.get(p, seq).actualStart();
    if (started == null) {
      return have;
    }
    List<LatestReadingView> latest = telemetry.latest(p.siteId());
    Instant now = clock.instant();
    List<Criterion> added = new ArrayList<>();
    for (CriterionKind kind : missing) {
      StageCriteria.sensorFor(kind, latest)
          .ifPresent(
              sensor ->
                  added.add(
                      new Criterion(
                          ids.next("crit"),
                          p.projectId(),
                          seq,
                          kind,
                          sensor,
                          started,
                          kind == CriterionKind.CLOSED_WATER
                              ? config.closedWaterHours()
                              : config.curingHours(),
                          null,
                          true,
                          null,
                          null,
                          null)));
    }
    if (added.isEmpty()) {
      return have;
    }
    work.write(
        () -> {
          Uni<Void> all = Uni.createFrom().voidItem();
          for (Criterion c : added) {
            all = all.chain(() -> new CriterionEntity(c, now).persistAndFlush().replaceWithVoid());
          }
          return all;
        });
    for (Criterion c : added) {
      LOG.infof(
          "default criterion applied project=%s seq=%d criterion=%s kind=%s sensor=%s",
          p.projectId(), seq, c.criterionId(), c.kind(), c.sensorId());
    }
    return declared(p.projectId(), seq);
  }

  /**
   * Turns a criterion of the stage off, with the supervisor's reason (required), audited in the
   * same transaction; it stays on record and is no longer evaluated.
   */
  public Criterion turnOff(Project p, int seq, String criterionId, String reason, String userId) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw ProblemException.badRequest("reason-required", "say why the criterion is turned off");
    }
    if (why.length() > MAX_REASON) {
      throw ProblemException.badRequest(
          "reason-too-long", "a reason is at most " + MAX_REASON + " characters");
    }
    Criterion c =
        declared(p.projectId(), seq).stream()
            .filter(x -> x.criterionId().equals(criterionId))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.notFound("criterion-not-found", "no such criterion"));
    if (!c.active()) {
      throw ProblemException.conflict("criterion-off", "the criterion is already off");
    }
    Instant now = clock.instant();
    work.write(
        () ->
            CriterionEntity.<CriterionEntity>findById(criterionId)
                .invoke(e -> e.turnOff(why, userId, now))
                .chain(
                    () ->
                        audit.recording(
                            AuditEntry.onProject(
                                AuditAction.CRITERION_TURNED_OFF,
                                userId,
                                p.projectId(),
                                criterionId,
                                "stage=" + seq + " kind=" + c.kind()))));
    LOG.infof(
        "criterion turned off project=%s seq=%d criterion=%s", p.projectId(), seq, criterionId);
    return declared(p.projectId(), seq).stream()
        .filter(x -> x.criterionId().equals(criterionId))
        .findFirst()
        .orElseThrow();
  }

  /** Every criterion of the stage in force, judged now from stored readings. */
  public List<CriterionResult> evaluate(Project p, int seq) {
    Instant now = clock.instant();
    List<CriterionResult> out = new ArrayList<>();
    for (Criterion c : ofStage(p, seq)) {
      if (c.active()) {
        out.add(evaluate(p.siteId(), c, now));
      }
    }
    return out;
  }

  private CriterionResult evaluate(String siteId, Criterion c, Instant now) {
    Instant from = c.startedAt();
    return switch (c.kind()) {
      case CLOSED_WATER ->
          evaluator.closedWater(
              c.criterionId(),
              c.sensorId(),
              series(siteId, c.sensorId(), SensorKind.DIGITAL, from, now),
              from,
              Duration.ofHours(c.hours()),
              now);
      case PRESSURE ->
          evaluator.pressure(
              c.criterionId(),
              c.sensorId(),
              series(siteId, c.sensorId(), SensorKind.WATER_PRESSURE, from, now),
              from,
              now);
      case CURING ->
          evaluator.curing(
              c.criterionId(),
              c.sensorId(),
              series(siteId, c.sensorId(), SensorKind.TEMPERATURE, from, now),
              series(siteId, c.sensorId(), SensorKind.HUMIDITY, from, now),
              from,
              Duration.ofHours(c.hours()),
              now);
      case INDOOR_AIR ->
          evaluator.indoorAir(
              c.criterionId(),
              c.sensorId(),
              series(siteId, c.sensorId(), SensorKind.FORMALDEHYDE, from, now),
              series(siteId, c.sensorId(), SensorKind.TVOC, from, now),
              from,
              now);
    };
  }

  private List<Sample> series(
      String siteId, String sensorId, SensorKind kind, Instant from, Instant to) {
    // The query's upper bound is exclusive; include a reading stamped exactly "now".
    return telemetry
        .raw(siteId, sensorId, kind.wireName(), from, to.plusMillis(1), MAX_POINTS)
        .stream()
        .map(r -> new Sample(r.ts(), r.value()))
        .toList();
  }
}

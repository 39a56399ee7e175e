package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import dev.sitehub.protocol.message.SensorKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Declared telemetry criteria of a stage and their evaluation over stored readings, read through
 * the telemetry feature's query API.
 */
@ApplicationScoped
class CriteriaService {
  private static final Logger LOG = Logger.getLogger(CriteriaService.class);
  private static final int MAX_POINTS = 200_000;
  private final UnitOfWork work;
  private final TelemetryQueries telemetry;
  private final AcceptanceConfig config;
  private final CriteriaEvaluator evaluator;
  private final Clock clock;
  private final Ids ids;

  public CriteriaService(
      UnitOfWork work, TelemetryQueries telemetry, AcceptanceConfig config, Clock clock, Ids ids) {
    this.work = work;
    this.telemetry = telemetry;
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

  /** Every declared criterion of the stage, judged now from stored readings. */
  public List<CriterionResult> evaluate(Project p, int seq) {
    Instant now = clock.instant();
    List<CriterionResult> out = new ArrayList<>();
    for (Criterion c : declared(p.projectId(), seq)) {
      out.add(evaluate(p.siteId(), c, now));
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

package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.NativeSql;
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
public class CriteriaService {
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
    work.write(
        () ->
            NativeSql.update(
                "INSERT INTO acceptance_criterion (criterion_id, project_id, stage_seq, kind,"
                    + " sensor_id, started_at, hours, declared_by, declared_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                c.criterionId(),
                c.projectId(),
                seq,
                c.kind().name(),
                c.sensorId(),
                started,
                hours,
                userId,
                now));
    LOG.infof(
        "criterion declared project=%s seq=%d criterion=%s kind=%s sensor=%s",
        p.projectId(), seq, c.criterionId(), c.kind(), c.sensorId());
    return c;
  }

  public List<Criterion> declared(String projectId, int seq) {
    return work.read(
        () ->
            NativeSql.rows(
                    "SELECT criterion_id, project_id, stage_seq, kind, sensor_id, started_at,"
                        + " hours, declared_by FROM acceptance_criterion"
                        + " WHERE project_id = ?1 AND stage_seq = ?2"
                        + " ORDER BY declared_at, criterion_id",
                    projectId,
                    seq)
                .map(
                    rows ->
                        rows.stream()
                            .map(
                                t ->
                                    new Criterion(
                                        (String) t.get(0),
                                        (String) t.get(1),
                                        ((Number) t.get(2)).intValue(),
                                        CriterionKind.valueOf((String) t.get(3)),
                                        (String) t.get(4),
                                        NativeSql.instant(t.get(5)),
                                        t.get(6) == null ? null : ((Number) t.get(6)).intValue(),
                                        (String) t.get(7)))
                            .toList()));
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

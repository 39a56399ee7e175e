package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import dev.sitehub.protocol.message.SensorKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
  private final AgroalDataSource db;
  private final TelemetryQueries telemetry;
  private final AcceptanceConfig config;
  private final CriteriaEvaluator evaluator;
  private final Clock clock;
  private final Ids ids;

  public CriteriaService(
      AgroalDataSource db,
      TelemetryQueries telemetry,
      AcceptanceConfig config,
      Clock clock,
      Ids ids) {
    this.db = db;
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
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO acceptance_criterion (criterion_id, project_id, stage_seq, kind, sensor_id,"
                    + " started_at, hours, declared_by, declared_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, c.criterionId());
      ps.setString(2, c.projectId());
      ps.setInt(3, seq);
      ps.setString(4, c.kind().name());
      ps.setString(5, c.sensorId());
      ps.setTimestamp(6, Timestamp.from(started));
      ps.setObject(7, hours);
      ps.setString(8, userId);
      ps.setTimestamp(9, Timestamp.from(now));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("criterion insert failed", e);
    }
    LOG.infof(
        "criterion declared project=%s seq=%d criterion=%s kind=%s sensor=%s",
        p.projectId(), seq, c.criterionId(), c.kind(), c.sensorId());
    return c;
  }

  public List<Criterion> declared(String projectId, int seq) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT criterion_id, project_id, stage_seq, kind, sensor_id, started_at, hours,"
                    + " declared_by FROM acceptance_criterion WHERE project_id = ? AND stage_seq = ?"
                    + " ORDER BY declared_at, criterion_id")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      List<Criterion> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Criterion(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  CriterionKind.valueOf(rs.getString(4)),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  (Integer) rs.getObject(7),
                  rs.getString(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("criterion read failed", e);
    }
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

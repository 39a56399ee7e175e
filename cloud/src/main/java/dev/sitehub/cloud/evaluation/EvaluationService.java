package dev.sitehub.cloud.evaluation;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.enterprises.EnterpriseRatings;
import dev.sitehub.cloud.enterprises.Evaluation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Evaluations after the final acceptance: the customer rates each contracted enterprise and named
 * staff member once per contract; the enterprise replies once; enterprise ratings feed the library
 * ranking through {@link EnterpriseRatings}.
 */
@ApplicationScoped
public class EvaluationService {
  private static final Logger LOG = Logger.getLogger(EvaluationService.class);
  private static final String COLUMNS =
      "evaluation_id, project_id, author_id, target_kind, target_id, enterprise_id, quality,"
          + " schedule, communication, tidiness, text, created_at, reply, replied_by, replied_at";
  private final AgroalDataSource db;
  private final EnterpriseRatings ratings;
  private final Clock clock;
  private final Ids ids;

  public EvaluationService(AgroalDataSource db, EnterpriseRatings ratings, Clock clock, Ids ids) {
    this.db = db;
    this.ratings = ratings;
    this.clock = clock;
    this.ids = ids;
  }

  public EvaluationView rate(Project p, RateRequest r, String authorId) {
    validate(r);
    if (!p.customerId().equals(authorId)) {
      throw ProblemException.forbidden("not-project-customer", "only the project's customer rates");
    }
    String id = ids.next("eval");
    String enterpriseId;
    try (Connection c = db.getConnection()) {
      if (!finalSigned(c, p.projectId())) {
        throw ProblemException.conflict(
            "final-acceptance-required", "rate after the final acceptance is signed");
      }
      enterpriseId =
          enterpriseOf(c, p.contractId(), r)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "not-a-contract-party",
                          r.targetId() + " is not a " + r.targetKind() + " of this contract"));
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO evaluation (evaluation_id, project_id, contract_id, author_id, target_kind,"
                  + " target_id, enterprise_id, quality, schedule, communication, tidiness, text,"
                  + " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
        ps.setString(1, id);
        ps.setString(2, p.projectId());
        ps.setString(3, p.contractId());
        ps.setString(4, authorId);
        ps.setString(5, r.targetKind().name());
        ps.setString(6, r.targetId());
        ps.setString(7, enterpriseId);
        ps.setInt(8, r.quality());
        ps.setInt(9, r.schedule());
        ps.setInt(10, r.communication());
        ps.setInt(11, r.tidiness());
        ps.setString(12, r.text() == null ? "" : r.text().strip());
        ps.setTimestamp(13, Timestamp.from(clock.instant()));
        if (ps.executeUpdate() == 0) {
          throw ProblemException.conflict(
              "already-evaluated", "you rated " + r.targetId() + " for this contract");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("evaluation insert failed", e);
    }
    if (r.targetKind() == RateRequest.TargetKind.ENTERPRISE) {
      int stars =
          (int) Math.round((r.quality() + r.schedule() + r.communication() + r.tidiness()) / 4.0);
      ratings.record(new Evaluation(id, enterpriseId, stars, p.projectId(), authorId));
    }
    LOG.infof(
        "evaluation stored project=%s evaluation=%s target=%s:%s",
        p.projectId(), id, r.targetKind(), r.targetId());
    return find(id).orElseThrow();
  }

  public EvaluationView reply(String evaluationId, ReplyRequest r, String userId) {
    if (r == null || r.text() == null || r.text().isBlank()) {
      throw ProblemException.badRequest("reply-required", "the reply has no text");
    }
    EvaluationView ev =
        find(evaluationId)
            .orElseThrow(
                () -> ProblemException.notFound("evaluation-not-found", "no such evaluation"));
    try (Connection c = db.getConnection()) {
      if (!speaksFor(c, ev.enterpriseId(), userId)) {
        throw ProblemException.forbidden(
            "not-enterprise-member", "only the rated enterprise may reply");
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE evaluation SET reply = ?, replied_by = ?, replied_at = ?"
                  + " WHERE evaluation_id = ? AND reply IS NULL")) {
        ps.setString(1, r.text().strip());
        ps.setString(2, userId);
        ps.setTimestamp(3, Timestamp.from(clock.instant()));
        ps.setString(4, evaluationId);
        if (ps.executeUpdate() == 0) {
          throw ProblemException.conflict("already-replied", "the enterprise has replied already");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reply failed", e);
    }
    LOG.infof("evaluation reply evaluation=%s by=%s", evaluationId, userId);
    return find(evaluationId).orElseThrow();
  }

  /** Whether the customer may rate yet: only once the final acceptance is signed. */
  public boolean open(Project p) {
    try (Connection c = db.getConnection()) {
      return finalSigned(c, p.projectId());
    } catch (SQLException e) {
      throw new IllegalStateException("evaluation state read failed", e);
    }
  }

  /**
   * Who {@link #rate} accepts for the project: the enterprise parties and the named staff of its
   * filed contract, read from the same filed terms the check reads.
   */
  public List<EvaluationTarget> targets(Project p) {
    String sql =
        "SELECT 'ENTERPRISE', x->>'id', x->>'name' FROM contract_version v,"
            + " jsonb_array_elements(coalesce(v.terms->'parties', '[]'::jsonb)) x"
            + " WHERE v.contract_id = ? AND v.status = 'FILED' AND x->>'kind' <> 'CUSTOMER'"
            + " AND v.version = (SELECT max(version) FROM contract_version"
            + " WHERE contract_id = v.contract_id AND status = 'FILED')"
            + " UNION ALL SELECT 'STAFF', x->>'userId', coalesce(x->>'name', x->>'userId')"
            + " FROM contract_version v,"
            + " jsonb_array_elements(coalesce(v.terms->'staff', '[]'::jsonb)) x"
            + " WHERE v.contract_id = ? AND v.status = 'FILED'"
            + " AND v.version = (SELECT max(version) FROM contract_version"
            + " WHERE contract_id = v.contract_id AND status = 'FILED')";
    List<EvaluationTarget> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, p.contractId());
      ps.setString(2, p.contractId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EvaluationTarget(
                  RateRequest.TargetKind.valueOf(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("evaluation targets read failed", e);
    }
    return out;
  }

  public List<EvaluationView> forProject(Project p) {
    return query("project_id = ? ORDER BY created_at, evaluation_id", p.projectId());
  }

  public Aggregate aggregate(RateRequest.TargetKind kind, String targetId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*), coalesce(avg(quality),0), coalesce(avg(schedule),0),"
                    + " coalesce(avg(communication),0), coalesce(avg(tidiness),0)"
                    + " FROM evaluation WHERE target_kind = ? AND target_id = ?")) {
      ps.setString(1, kind.name());
      ps.setString(2, targetId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        double q = rs.getDouble(2), s = rs.getDouble(3), m = rs.getDouble(4), t = rs.getDouble(5);
        return new Aggregate(kind.name(), targetId, rs.getLong(1), q, s, m, t, (q + s + m + t) / 4);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("aggregate failed", e);
    }
  }

  private static void validate(RateRequest r) {
    if (r == null || r.targetKind() == null || r.targetId() == null) {
      throw ProblemException.badRequest(
          "invalid-evaluation", "targetKind and targetId are required");
    }
    for (int score : new int[] {r.quality(), r.schedule(), r.communication(), r.tidiness()}) {
      if (score < 1 || score > 5) {
        throw ProblemException.badRequest("invalid-evaluation", "scores must be 1-5");
      }
    }
    if (r.text() != null && r.text().length() > 4000) {
      throw ProblemException.badRequest("invalid-evaluation", "text is limited to 4000 characters");
    }
  }

  private static boolean finalSigned(Connection c, String projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM acceptance_record WHERE project_id = ? AND stage_seq = 0 AND state = 'SIGNED'")) {
      ps.setString(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The enterprise behind the target if the filed contract names it. */
  private static Optional<String> enterpriseOf(Connection c, String contractId, RateRequest r)
      throws SQLException {
    String sql =
        r.targetKind() == RateRequest.TargetKind.ENTERPRISE
            ? "SELECT party_id FROM contract_party WHERE contract_id = ? AND party_id = ?"
                + " AND kind <> 'CUSTOMER'"
            : "SELECT s->>'enterpriseId' FROM contract_version v,"
                + " jsonb_array_elements(v.terms->'staff') s WHERE v.contract_id = ?"
                + " AND v.status = 'FILED' AND s->>'userId' = ? ORDER BY v.version DESC LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, contractId);
      ps.setString(2, r.targetId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static boolean speaksFor(Connection c, String enterpriseId, String userId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM enterprise WHERE enterprise_id = ? AND created_by = ?"
                + " UNION ALL SELECT 1 FROM enterprise_staff WHERE enterprise_id = ? AND user_id = ?"
                + " AND status = 'ACTIVE'")) {
      ps.setString(1, enterpriseId);
      ps.setString(2, userId);
      ps.setString(3, enterpriseId);
      ps.setString(4, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private Optional<EvaluationView> find(String id) {
    List<EvaluationView> r = query("evaluation_id = ?", id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  private List<EvaluationView> query(String where, String arg) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation WHERE " + where)) {
      ps.setString(1, arg);
      List<EvaluationView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp ra = rs.getTimestamp(15);
          out.add(
              new EvaluationView(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getInt(9),
                  rs.getInt(10),
                  rs.getString(11),
                  rs.getTimestamp(12).toInstant(),
                  rs.getString(13),
                  rs.getString(14),
                  ra == null ? null : ra.toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("evaluation read failed", e);
    }
  }
}

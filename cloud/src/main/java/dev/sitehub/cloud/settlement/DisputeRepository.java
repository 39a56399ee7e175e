package dev.sitehub.cloud.settlement;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import dev.sitehub.cloud.common.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Disputes in SQL through the caller's reactive session. */
final class DisputeRepository {
  private static final String SELECT =
      "SELECT dispute_id, project_id, raised_by, reason, state, raised_at, resolved_by,"
          + " to_contractor_fen, to_customer_fen, decision FROM dispute WHERE ";

  private DisputeRepository() {}

  static Uni<Optional<Dispute>> openDispute(String projectId) {
    return one("project_id = ?1 AND state = 'OPEN'", projectId);
  }

  /** Open disputes, oldest first: the operator's queue. */
  static Uni<List<Dispute>> open(int limit) {
    return rows(SELECT + "state = 'OPEN' ORDER BY raised_at, dispute_id LIMIT ?1", limit)
        .map(r -> r.stream().map(DisputeRepository::read).toList());
  }

  static Uni<Optional<Dispute>> find(String disputeId) {
    return one("dispute_id = ?1", disputeId);
  }

  /** Inserts an open dispute; false if the project already has one open. */
  static Uni<Boolean> insert(Dispute d) {
    return update(
            "INSERT INTO dispute (dispute_id, project_id, raised_by, reason, raised_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            d.disputeId(),
            d.projectId(),
            d.raisedBy(),
            d.reason(),
            d.raisedAt())
        .map(n -> n == 1);
  }

  static Uni<Void> resolve(
      String projectId,
      String disputeId,
      String operatorId,
      Instant at,
      long toContractor,
      long toCustomer,
      String decision) {
    return update(
            "UPDATE dispute SET state = 'RESOLVED', resolved_by = ?1, resolved_at = ?2,"
                + " to_contractor_fen = ?3, to_customer_fen = ?4, decision = ?5"
                + " WHERE dispute_id = ?6 AND project_id = ?7 AND state = 'OPEN'",
            operatorId,
            at,
            toContractor,
            toCustomer,
            decision,
            disputeId,
            projectId)
        .invoke(
            n -> {
              if (n != 1) {
                throw ProblemException.conflict("dispute-not-open", "no open dispute " + disputeId);
              }
            })
        .replaceWithVoid();
  }

  private static Uni<Optional<Dispute>> one(String where, String arg) {
    return rows(SELECT + where, arg).map(r -> r.stream().findFirst().map(DisputeRepository::read));
  }

  private static Dispute read(Tuple t) {
    return new Dispute(
        (String) t.get(0),
        (String) t.get(1),
        (String) t.get(2),
        (String) t.get(3),
        DisputeState.valueOf((String) t.get(4)),
        instant(t.get(5)),
        (String) t.get(6),
        t.get(7) == null ? null : ((Number) t.get(7)).longValue(),
        t.get(8) == null ? null : ((Number) t.get(8)).longValue(),
        (String) t.get(9));
  }
}

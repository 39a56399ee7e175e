package dev.sitehub.cloud.evaluation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Evaluations through Hibernate Reactive; each method is work for a unit of work. */
@ApplicationScoped
class EvaluationRepository implements PanacheRepositoryBase<EvaluationEntity, String> {

  /** Stores the evaluation unless the author rated that target for the contract already. */
  Uni<Boolean> insertOnce(EvaluationEntity e) {
    return count(
            "contractId = ?1 and authorId = ?2 and targetKind = ?3 and targetId = ?4",
            e.contractId,
            e.authorId,
            e.targetKind,
            e.targetId)
        .chain(n -> n > 0 ? Uni.createFrom().item(false) : persistAndFlush(e).replaceWith(true));
  }

  /** Sets the enterprise's one reply under a row lock; false if it has replied already. */
  Uni<Boolean> reply(String evaluationId, String text, String userId, Instant now) {
    return findById(evaluationId, LockModeType.PESSIMISTIC_WRITE)
        .chain(
            e -> {
              if (e == null || e.reply != null) {
                return Uni.createFrom().item(false);
              }
              e.reply = text;
              e.repliedBy = userId;
              e.repliedAt = now;
              return flush().replaceWith(true);
            });
  }

  Uni<Optional<EvaluationView>> view(String evaluationId) {
    return findById(evaluationId).map(e -> Optional.ofNullable(e).map(EvaluationEntity::view));
  }

  Uni<List<EvaluationView>> forProject(String projectId) {
    return list("projectId = ?1 order by createdAt, id", projectId)
        .map(l -> l.stream().map(EvaluationEntity::view).toList());
  }

  /** Count and average scores of one target. */
  Uni<Aggregate> aggregate(RateRequest.TargetKind kind, String targetId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select count(e), coalesce(avg(e.quality), 0), coalesce(avg(e.schedule), 0),"
                            + " coalesce(avg(e.communication), 0), coalesce(avg(e.tidiness), 0)"
                            + " from EvaluationEntity e where e.targetKind = ?1 and e.targetId = ?2",
                        Object[].class)
                    .setParameter(1, kind)
                    .setParameter(2, targetId)
                    .getSingleResult())
        .map(
            r -> {
              double q = ((Number) r[1]).doubleValue();
              double sc = ((Number) r[2]).doubleValue();
              double m = ((Number) r[3]).doubleValue();
              double t = ((Number) r[4]).doubleValue();
              return new Aggregate(
                  kind.name(),
                  targetId,
                  ((Number) r[0]).longValue(),
                  q,
                  sc,
                  m,
                  t,
                  (q + sc + m + t) / 4);
            });
  }
}

package dev.sitehub.cloud.evaluation;

import dev.sitehub.cloud.enterprises.Evaluation;
import dev.sitehub.cloud.enterprises.EvaluationLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ledger of evaluations folded into enterprise ratings (table {@code enterprise_evaluation}),
 * written inside the enterprises feature's unit of work so ledger and totals commit together.
 */
@ApplicationScoped
class EnterpriseEvaluationLedger implements EvaluationLedger {

  @Override
  public Uni<Boolean> recordingOnce(Evaluation ev) {
    // "Insert unless recorded" in one statement, so two deliveries at once cannot both count.
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO enterprise_evaluation (evaluation_id, enterprise_id, stars,"
                            + " project_id, author_id, created_at)"
                            + " VALUES (?1, ?2, CAST(?3 AS smallint), ?4, ?5, now())"
                            + " ON CONFLICT (evaluation_id) DO NOTHING")
                    .setParameter(1, ev.evaluationId())
                    .setParameter(2, ev.enterpriseId())
                    .setParameter(3, ev.stars())
                    .setParameter(4, ev.projectId())
                    .setParameter(5, ev.authorId())
                    .executeUpdate())
        .map(n -> n == 1);
  }
}

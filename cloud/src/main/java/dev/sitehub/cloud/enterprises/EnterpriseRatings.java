package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The hook through which evaluations reach the library ranking: the lifecycle feature calls {@link
 * #record} once per stored evaluation (repeats with the same id are ignored).
 */
@ApplicationScoped
public class EnterpriseRatings {
  private static final Logger LOG = Logger.getLogger(EnterpriseRatings.class);
  private final EnterpriseRepository enterprises;
  private final EvaluationLedger ledger;
  private final UnitOfWork work;
  private final BayesianRating rating;

  EnterpriseRatings(
      EnterpriseRepository enterprises,
      EvaluationLedger ledger,
      UnitOfWork work,
      LibraryConfig config) {
    this.enterprises = enterprises;
    this.ledger = ledger;
    this.work = work;
    this.rating = new BayesianRating(config.priorMean(), config.priorWeight());
  }

  /** Folds one evaluation into the enterprise's totals; returns false for a repeat. */
  public boolean record(Evaluation ev) {
    if (ev == null || ev.evaluationId() == null || ev.enterpriseId() == null) {
      throw ProblemException.badRequest(
          "invalid-evaluation", "evaluation and enterprise ids required");
    }
    if (ev.stars() < 1 || ev.stars() > 5) {
      throw ProblemException.badRequest("invalid-evaluation", "stars must be 1-5");
    }
    if (work.read(() -> enterprises.find(ev.enterpriseId())).isEmpty()) {
      throw ProblemException.notFound("enterprise-not-found", "no such enterprise");
    }
    // The ledger entry and the totals commit together, so a repeat can never count twice.
    boolean added =
        work.write(
            () ->
                ledger
                    .recordingOnce(ev)
                    .chain(
                        fresh ->
                            fresh
                                ? enterprises.fold(ev, rating).replaceWith(true)
                                : Uni.createFrom().item(false)));
    LOG.infof(
        "evaluation recorded enterprise=%s evaluation=%s new=%s",
        ev.enterpriseId(), ev.evaluationId(), added);
    return added;
  }

  /** Brings stored scores in line with the configured prior (a no-op unless it changed). */
  void onStart(@Observes StartupEvent event) {
    int changed = rescore();
    if (changed > 0) {
      LOG.infof("library scores recomputed for a new prior enterprises=%d", changed);
    }
  }

  /** Recomputes every stored score that differs under the configured prior; returns the count. */
  int rescore() {
    return work.write(() -> enterprises.rescore(rating));
  }

  /** The ranking formula in use, with the configured prior. */
  public BayesianRating rating() {
    return rating;
  }
}

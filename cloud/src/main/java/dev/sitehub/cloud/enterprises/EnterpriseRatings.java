package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.runtime.StartupEvent;
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
  private final BayesianRating rating;

  public EnterpriseRatings(EnterpriseRepository enterprises, LibraryConfig config) {
    this.enterprises = enterprises;
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
    if (enterprises.find(ev.enterpriseId()).isEmpty()) {
      throw ProblemException.notFound("enterprise-not-found", "no such enterprise");
    }
    boolean added = enterprises.recordEvaluation(ev, rating);
    LOG.infof(
        "evaluation recorded enterprise=%s evaluation=%s new=%s",
        ev.enterpriseId(), ev.evaluationId(), added);
    return added;
  }

  /** Brings stored scores in line with the configured prior (a no-op unless it changed). */
  void onStart(@Observes StartupEvent event) {
    int changed = enterprises.rescore(rating);
    if (changed > 0) {
      LOG.infof("library scores recomputed for a new prior enterprises=%d", changed);
    }
  }

  /** The ranking formula in use, with the configured prior. */
  public BayesianRating rating() {
    return rating;
  }
}

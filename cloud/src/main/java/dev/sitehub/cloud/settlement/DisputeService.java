package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Disputes: a party raises one (freezing the escrow), the operator arbitrates with a split. */
@ApplicationScoped
class DisputeService {
  private static final Logger LOG = Logger.getLogger(DisputeService.class);
  private final UnitOfWork work;
  private final DisputeRepository disputes;
  private final LedgerService ledger;
  private final Clock clock;
  private final Ids ids;

  DisputeService(
      UnitOfWork work, DisputeRepository disputes, LedgerService ledger, Clock clock, Ids ids) {
    this.work = work;
    this.disputes = disputes;
    this.ledger = ledger;
    this.clock = clock;
    this.ids = ids;
  }

  public Dispute raise(Project p, String userId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.badRequest("reason-required", "say what the dispute is about");
    }
    Dispute d =
        new Dispute(
            ids.next("dsp"),
            p.projectId(),
            userId,
            reason.strip(),
            DisputeState.OPEN,
            clock.instant(),
            null,
            null,
            null,
            null);
    if (!inserted(d)) {
      throw ProblemException.conflict("dispute-open", "this project already has an open dispute");
    }
    LOG.infof("dispute raised project=%s dispute=%s by=%s", p.projectId(), d.disputeId(), userId);
    return d;
  }

  /** The open disputes, oldest first, at most {@code limit}. */
  public List<Dispute> open(int limit) {
    return work.read(() -> disputes.open(limit));
  }

  /** Files the dispute; false if the project has one open, even when a racing raise won. */
  private boolean inserted(Dispute d) {
    try {
      return work.write(() -> disputes.insert(d));
    } catch (RuntimeException e) {
      if (UnitOfWork.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  public LedgerTxn arbitrate(
      Project p, String disputeId, ArbitrationRequest r, String operatorId, String key) {
    if (r == null || r.decision() == null || r.decision().isBlank()) {
      throw ProblemException.badRequest("decision-required", "an arbitration states its decision");
    }
    Dispute d =
        work.read(() -> disputes.byId(disputeId))
            .filter(x -> x.projectId().equals(p.projectId()))
            .orElseThrow(() -> ProblemException.notFound("dispute-not-found", "no such dispute"));
    LOG.infof(
        "dispute arbitration project=%s dispute=%s state=%s", p.projectId(), disputeId, d.state());
    return ledger.arbitrate(
        p, disputeId, r.toContractorFen(), r.toCustomerFen(), r.decision(), operatorId, key);
  }
}

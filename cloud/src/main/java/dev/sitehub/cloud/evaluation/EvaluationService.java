package dev.sitehub.cloud.evaluation;

import dev.sitehub.cloud.acceptance.AcceptanceService;
import dev.sitehub.cloud.acceptance.AcceptanceState;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractTerms;
import dev.sitehub.cloud.contracts.NamedStaff;
import dev.sitehub.cloud.contracts.Party;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.enterprises.EnterpriseRatings;
import dev.sitehub.cloud.enterprises.Evaluation;
import dev.sitehub.cloud.enterprises.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Evaluations after the final acceptance: the customer rates each contracted enterprise and named
 * staff member once per contract; the enterprise replies once; enterprise ratings feed the library
 * ranking through {@link EnterpriseRatings}. Who may be rated comes from the filed contract terms,
 * whether rating is open from the final acceptance, who speaks for an enterprise from its staff.
 */
@ApplicationScoped
public class EvaluationService {
  private static final Logger LOG = Logger.getLogger(EvaluationService.class);
  private final EvaluationRepository evaluations;
  private final ContractService contracts;
  private final AcceptanceService acceptance;
  private final StaffService staff;
  private final EnterpriseRatings ratings;
  private final UnitOfWork work;
  private final Clock clock;
  private final Ids ids;

  EvaluationService(
      EvaluationRepository evaluations,
      ContractService contracts,
      AcceptanceService acceptance,
      StaffService staff,
      EnterpriseRatings ratings,
      UnitOfWork work,
      Clock clock,
      Ids ids) {
    this.evaluations = evaluations;
    this.contracts = contracts;
    this.acceptance = acceptance;
    this.staff = staff;
    this.ratings = ratings;
    this.work = work;
    this.clock = clock;
    this.ids = ids;
  }

  public EvaluationView rate(Project p, RateRequest r, String authorId) {
    validate(r);
    if (!p.customerId().equals(authorId)) {
      throw ProblemException.forbidden("not-project-customer", "only the project's customer rates");
    }
    if (!open(p)) {
      throw ProblemException.conflict(
          "final-acceptance-required", "rate after the final acceptance is signed");
    }
    String enterpriseId =
        enterpriseOf(p, r)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "not-a-contract-party",
                        r.targetId() + " is not a " + r.targetKind() + " of this contract"));
    String id = ids.next("eval");
    EvaluationEntity e =
        new EvaluationEntity(
            id, p.projectId(), p.contractId(), authorId, r, enterpriseId, clock.instant());
    boolean stored;
    try {
      stored = work.write(() -> evaluations.insertOnce(e));
    } catch (RuntimeException failure) {
      // A second rating of the same target at the same moment meets the unique index.
      if (!UnitOfWork.isUniqueViolation(failure)) {
        throw failure;
      }
      stored = false;
    }
    if (!stored) {
      throw ProblemException.conflict(
          "already-evaluated", "you rated " + r.targetId() + " for this contract");
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
    if (!staff.speaksFor(ev.enterpriseId(), userId)) {
      throw ProblemException.forbidden(
          "not-enterprise-member", "only the rated enterprise may reply");
    }
    String text = r.text().strip();
    if (!work.write(() -> evaluations.reply(evaluationId, text, userId, clock.instant()))) {
      throw ProblemException.conflict("already-replied", "the enterprise has replied already");
    }
    LOG.infof("evaluation reply evaluation=%s by=%s", evaluationId, userId);
    return find(evaluationId).orElseThrow();
  }

  /**
   * Whether {@code userId} may still reply to {@code ev}: it has no reply yet and the user speaks
   * for the rated enterprise (the same check {@link #reply} makes).
   */
  public boolean mayReply(EvaluationView ev, String userId) {
    return ev.reply() == null && staff.speaksFor(ev.enterpriseId(), userId);
  }

  /** Whether the customer may rate yet: only once the final acceptance is signed. */
  public boolean open(Project p) {
    return acceptance
        .find(p, AcceptanceService.FINAL)
        .filter(a -> a.state() == AcceptanceState.SIGNED)
        .isPresent();
  }

  /**
   * Who {@link #rate} accepts for the project: the enterprise parties and the named staff of its
   * filed contract, read from the same filed terms the check reads.
   */
  public List<EvaluationTarget> targets(Project p) {
    List<EvaluationTarget> out = new ArrayList<>();
    contracts
        .filedTerms(p.contractId())
        .ifPresent(
            t -> {
              for (Party party : t.parties()) {
                if (party.kind() != PartyKind.CUSTOMER) {
                  out.add(
                      new EvaluationTarget(
                          RateRequest.TargetKind.ENTERPRISE, party.id(), party.name()));
                }
              }
              for (NamedStaff s : t.staff()) {
                out.add(
                    new EvaluationTarget(
                        RateRequest.TargetKind.STAFF,
                        s.userId(),
                        s.name() == null ? s.userId() : s.name()));
              }
            });
    return out;
  }

  public List<EvaluationView> forProject(Project p) {
    return work.read(() -> evaluations.forProject(p.projectId()));
  }

  public Aggregate aggregate(RateRequest.TargetKind kind, String targetId) {
    return work.read(() -> evaluations.aggregate(kind, targetId));
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

  /** The enterprise behind the target if the filed contract names it. */
  private Optional<String> enterpriseOf(Project p, RateRequest r) {
    Optional<ContractTerms> terms = contracts.filedTerms(p.contractId());
    if (r.targetKind() == RateRequest.TargetKind.ENTERPRISE) {
      return terms.stream()
          .flatMap(t -> t.parties().stream())
          .filter(x -> x.kind() != PartyKind.CUSTOMER && x.id().equals(r.targetId()))
          .map(Party::id)
          .findFirst();
    }
    return terms.stream()
        .flatMap(t -> t.staff().stream())
        .filter(s -> s.userId().equals(r.targetId()))
        .map(NamedStaff::enterpriseId)
        .findFirst();
  }

  private Optional<EvaluationView> find(String id) {
    return work.read(() -> evaluations.view(id));
  }
}

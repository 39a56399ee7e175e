package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.evidence.Canonical;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The escrow ledger of each project: every operation runs under a per-project lock, is idempotent
 * under its key (a replay returns the first transaction; the same key for a different request is
 * refused), posts balanced lines only, and joins the evidence chain in the same transaction.
 */
@ApplicationScoped
public class LedgerService {
  private static final Logger LOG = Logger.getLogger(LedgerService.class);
  private final UnitOfWork work;
  private final LedgerRepository ledger;
  private final DisputeRepository disputes;
  private final SignedAcceptances acceptances;
  private final PaymentGateway gateway;
  private final EvidenceService evidence;
  private final SettlementConfig config;
  private final Clock clock;
  private final Ids ids;

  private final AuditLog audit;
  private final MoneyOut moneyOut;

  LedgerService(
      UnitOfWork work,
      LedgerRepository ledger,
      DisputeRepository disputes,
      SignedAcceptances acceptances,
      PaymentGateway gateway,
      EvidenceService evidence,
      SettlementConfig config,
      Clock clock,
      Ids ids,
      AuditLog audit,
      MoneyOut moneyOut) {
    this.audit = audit;
    this.moneyOut = moneyOut;
    this.work = work;
    this.ledger = ledger;
    this.disputes = disputes;
    this.acceptances = acceptances;
    this.gateway = gateway;
    this.evidence = evidence;
    this.config = config;
    this.clock = clock;
    this.ids = ids;
  }

  public LedgerTxn deposit(Project p, String payerId, long amountFen, String key) {
    requireKey(key);
    String request = requestHash("DEPOSIT", p.projectId(), Long.toString(amountFen));
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    if (amountFen <= 0) {
      throw ProblemException.badRequest(
          "invalid-amount", "amount must be a positive number of fen");
    }
    // The gateway is idempotent per key too, so a crash between charge and posting is retried
    // safely.
    PaymentGateway.Receipt receipt = gateway.charge(p.projectId(), payerId, amountFen, key);
    if (!receipt.approved()) {
      throw new ProblemException(
          402, "payment-declined", "Payment declined", receipt.declineReason());
    }
    long total = contractTotal(p);
    return post(
        p,
        key,
        request,
        TxnKind.DEPOSIT,
        null,
        receipt.paymentId(),
        payerId,
        b -> Uni.createFrom().item(LedgerRules.deposit(b, amountFen, total)));
  }

  /**
   * Posts a deposit the provider has confirmed (a verified payment notification): no charge here,
   * the money has arrived. Idempotent under {@code key}, the provider order number, so a repeated
   * notification posts once.
   */
  public LedgerTxn depositReceived(
      Project p, String payerId, long amountFen, String paymentId, String key) {
    requireKey(key);
    String request = requestHash("DEPOSIT", p.projectId(), Long.toString(amountFen));
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    long total = contractTotal(p);
    return post(
        p,
        key,
        request,
        TxnKind.DEPOSIT,
        null,
        paymentId,
        payerId,
        b -> Uni.createFrom().item(LedgerRules.deposit(b, amountFen, total)));
  }

  /** Releases a stage's share once its acceptance record carries both signatures. */
  public LedgerTxn releaseStage(Project p, int seq, String actorId, String key) {
    requireKey(key);
    String request = requestHash("STAGE_RELEASE", p.projectId(), Integer.toString(seq));
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    StagePayment stage =
        p.stages().stream()
            .filter(s -> s.seq() == seq)
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("stage-not-found", "no stage " + seq));
    return post(
        p,
        key,
        request,
        TxnKind.STAGE_RELEASE,
        seq,
        null,
        actorId,
        b ->
            acceptances
                .signed(p.projectId(), seq)
                .chain(
                    signed -> {
                      if (!signed) {
                        throw ProblemException.conflict(
                            "stage-not-accepted",
                            "stage "
                                + seq
                                + " has no acceptance record signed by supervisor and customer");
                      }
                      return ledger.released(p.projectId(), seq);
                    })
                .map(
                    released -> {
                      if (released) {
                        throw ProblemException.conflict(
                            "stage-already-released", "stage " + seq + " was released");
                      }
                      return LedgerRules.releaseStage(b, stage.payableFen(), stage.retainedFen());
                    }));
  }

  /** Releases the retention once the warranty observation after the final acceptance is over. */
  public LedgerTxn releaseRetention(Project p, String actorId, String key) {
    requireKey(key);
    String request = requestHash("RETENTION_RELEASE", p.projectId());
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    return post(
        p,
        key,
        request,
        TxnKind.RETENTION_RELEASE,
        null,
        null,
        actorId,
        b ->
            ledger
                .retentionReleased(p.projectId())
                .chain(
                    done -> {
                      // Stage money retained after the release must not meet the one-release
                      // index as a 500: a second release is refused as what it is.
                      if (done) {
                        throw ProblemException.conflict(
                            "retention-released", "the retention was already released");
                      }
                      return acceptances.finalSignedAt(p.projectId());
                    })
                .map(
                    signedAt -> {
                      Instant finalAt =
                          signedAt.orElseThrow(
                              () ->
                                  ProblemException.conflict(
                                      "final-acceptance-missing",
                                      "the project has no signed final acceptance"));
                      Instant ends = finalAt.plus(Duration.ofDays(config.warrantyDays()));
                      if (clock.instant().isBefore(ends)) {
                        throw ProblemException.conflict(
                            "warranty-running",
                            "retention is held until the warranty ends at " + ends);
                      }
                      return LedgerRules.releaseRetention(b);
                    }));
  }

  public LedgerTxn refund(Project p, long amountFen, String reason, String actorId, String key) {
    requireKey(key);
    String request = requestHash("REFUND", p.projectId(), Long.toString(amountFen));
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    return post(
        p,
        key,
        request,
        TxnKind.REFUND,
        null,
        reason,
        actorId,
        b -> Uni.createFrom().item(LedgerRules.refund(b, amountFen)));
  }

  /** Posts an operator's arbitration of an open dispute and resolves it, atomically. */
  LedgerTxn arbitrate(
      Project p,
      String disputeId,
      long toContractor,
      long toCustomer,
      String decision,
      String operatorId,
      String key) {
    requireKey(key);
    String request =
        requestHash(
            "ARBITRATION",
            p.projectId(),
            disputeId,
            Long.toString(toContractor),
            Long.toString(toCustomer));
    Optional<LedgerTxn> replay = replay(p.projectId(), key, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    return post(
        p,
        key,
        request,
        TxnKind.ARBITRATION,
        null,
        disputeId,
        operatorId,
        b -> {
          List<Posting> postings = LedgerRules.arbitrate(b, toContractor, toCustomer);
          return disputes
              .resolve(
                  p.projectId(),
                  disputeId,
                  operatorId,
                  clock.instant(),
                  toContractor,
                  toCustomer,
                  decision)
              .replaceWith(postings);
        });
  }

  public Statement statement(Project p) {
    return work.read(
        () ->
            ledger
                .all(p.projectId())
                .chain(
                    txns -> {
                      List<StageLine> stages = new ArrayList<>();
                      Uni<Void> all = Uni.createFrom().voidItem();
                      for (StagePayment s : p.stages()) {
                        all =
                            all.chain(() -> acceptances.signed(p.projectId(), s.seq()))
                                .chain(
                                    signed ->
                                        ledger
                                            .released(p.projectId(), s.seq())
                                            .invoke(
                                                released ->
                                                    stages.add(
                                                        new StageLine(
                                                            s.seq(),
                                                            s.name(),
                                                            s.payableFen(),
                                                            s.retainedFen(),
                                                            signed,
                                                            released))))
                                .replaceWithVoid();
                      }
                      return all.chain(() -> disputes.openDispute(p.projectId()))
                          .map(
                              dispute -> {
                                Balances b = Balances.of(txns);
                                return new Statement(
                                    p.projectId(),
                                    contractTotal(p),
                                    b.deposited(),
                                    b.byAccount(),
                                    b.total() == 0,
                                    dispute.isPresent(),
                                    stages,
                                    txns);
                              });
                    }));
  }

  /** A rule that computes postings inside the locked transaction, from the balances before. */
  @FunctionalInterface
  interface Rule {
    Uni<List<Posting>> apply(Balances b);
  }

  private LedgerTxn post(
      Project p,
      String key,
      String request,
      TxnKind kind,
      Integer seq,
      String reference,
      String actorId,
      Rule rule) {
    Optional<String> contractor = moneyOut.contractor(p, kind);
    LedgerTxn posted =
        work.write(
            () ->
                ledger
                    .lock(p.projectId())
                    .chain(() -> ledger.byKey(p.projectId(), key))
                    .chain(
                        again ->
                            again.isPresent()
                                ? Uni.createFrom().item(sameRequest(again.get(), request))
                                : postNew(
                                    p,
                                    key,
                                    request,
                                    kind,
                                    seq,
                                    reference,
                                    actorId,
                                    rule,
                                    contractor)));
    return posted;
  }

  private Uni<LedgerTxn> postNew(
      Project p,
      String key,
      String request,
      TxnKind kind,
      Integer seq,
      String reference,
      String actorId,
      Rule rule,
      Optional<String> contractor) {
    Uni<Void> frozen =
        kind == TxnKind.DEPOSIT || kind == TxnKind.ARBITRATION
            ? Uni.createFrom().voidItem()
            : disputes
                .openDispute(p.projectId())
                .invoke(
                    open -> {
                      if (open.isPresent()) {
                        throw ProblemException.conflict(
                            "dispute-open", "money is frozen while a dispute awaits the operator");
                      }
                    })
                .replaceWithVoid();
    return frozen
        .chain(() -> ledger.balances(p.projectId()))
        .chain(rule::apply)
        .chain(
            postings -> {
              LedgerTxn t =
                  new LedgerTxn(
                      ids.next("txn"),
                      p.projectId(),
                      key,
                      kind,
                      seq,
                      reference,
                      actorId,
                      clock.instant(),
                      postings);
              if (t.imbalance() != 0) {
                throw new IllegalStateException("unbalanced postings for " + kind);
              }
              return ledger
                  .insert(t, request)
                  .chain(() -> moneyOut.instruct(p, t, contractor))
                  .chain(
                      () -> evidence.appending(p.projectId(), RecordKind.LEDGER_POSTING, t.txnId()))
                  .chain(
                      () ->
                          audit.recording(
                              AuditEntry.onProject(
                                  auditAction(kind),
                                  actorId,
                                  p.projectId(),
                                  t.txnId(),
                                  seq == null ? null : "stage " + seq)))
                  .invoke(
                      () ->
                          LOG.infof(
                              "ledger posted project=%s txn=%s kind=%s stage=%s",
                              p.projectId(), t.txnId(), kind, seq))
                  .replaceWith(t);
            });
  }

  private static AuditAction auditAction(TxnKind kind) {
    return switch (kind) {
      case DEPOSIT -> AuditAction.DEPOSIT_RECEIVED;
      case STAGE_RELEASE -> AuditAction.STAGE_RELEASED;
      case RETENTION_RELEASE -> AuditAction.RETENTION_RELEASED;
      case REFUND -> AuditAction.REFUNDED;
      case ARBITRATION -> AuditAction.ARBITRATED;
    };
  }

  private Optional<LedgerTxn> replay(String projectId, String key, String request) {
    return work.read(() -> ledger.byKey(projectId, key)).map(k -> sameRequest(k, request));
  }

  private static LedgerTxn sameRequest(LedgerRepository.Keyed k, String request) {
    if (!k.requestHash().equals(request)) {
      throw ProblemException.conflict(
          "idempotency-key-reused", "this idempotency key was used for a different request");
    }
    return k.txn();
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 100) {
      throw ProblemException.badRequest(
          "idempotency-key-required", "send an Idempotency-Key header of 1-100 characters");
    }
  }

  private static String requestHash(String... parts) {
    return Canonical.sha256(String.join("\n", parts));
  }

  private static long contractTotal(Project p) {
    return p.stages().stream().mapToLong(s -> s.payableFen() + s.retainedFen()).sum();
  }
}

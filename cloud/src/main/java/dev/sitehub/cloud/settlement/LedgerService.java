package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.evidence.Canonical;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
  private final AgroalDataSource db;
  private final PaymentGateway gateway;
  private final EvidenceService evidence;
  private final SettlementConfig config;
  private final Clock clock;
  private final Ids ids;

  public LedgerService(
      AgroalDataSource db,
      PaymentGateway gateway,
      EvidenceService evidence,
      SettlementConfig config,
      Clock clock,
      Ids ids) {
    this.db = db;
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
        (c, b) -> LedgerRules.deposit(b, amountFen, total));
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
        (c, b) -> {
          if (!stageSigned(c, p.projectId(), seq)) {
            throw ProblemException.conflict(
                "stage-not-accepted",
                "stage " + seq + " has no acceptance record signed by supervisor and customer");
          }
          if (released(c, p.projectId(), seq)) {
            throw ProblemException.conflict(
                "stage-already-released", "stage " + seq + " was released");
          }
          return LedgerRules.releaseStage(b, stage.payableFen(), stage.retainedFen());
        });
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
        (c, b) -> {
          Instant finalAt =
              finalSignedAt(c, p.projectId())
                  .orElseThrow(
                      () ->
                          ProblemException.conflict(
                              "final-acceptance-missing",
                              "the project has no signed final acceptance"));
          Instant ends = finalAt.plus(Duration.ofDays(config.warrantyDays()));
          if (clock.instant().isBefore(ends)) {
            throw ProblemException.conflict(
                "warranty-running", "retention is held until the warranty ends at " + ends);
          }
          return LedgerRules.releaseRetention(b);
        });
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
        (c, b) -> LedgerRules.refund(b, amountFen));
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
        (c, b) -> {
          List<Posting> postings = LedgerRules.arbitrate(b, toContractor, toCustomer);
          DisputeRepository.resolve(
              c,
              p.projectId(),
              disputeId,
              operatorId,
              clock.instant(),
              toContractor,
              toCustomer,
              decision);
          return postings;
        });
  }

  public Statement statement(Project p) {
    try (Connection c = db.getConnection()) {
      List<LedgerTxn> txns = LedgerRepository.all(c, p.projectId());
      Balances b = Balances.of(txns);
      List<StageLine> stages = new ArrayList<>();
      for (StagePayment s : p.stages()) {
        stages.add(
            new StageLine(
                s.seq(),
                s.name(),
                s.payableFen(),
                s.retainedFen(),
                stageSigned(c, p.projectId(), s.seq()),
                released(c, p.projectId(), s.seq())));
      }
      return new Statement(
          p.projectId(),
          contractTotal(p),
          b.deposited(),
          b.byAccount(),
          b.total() == 0,
          DisputeRepository.openDispute(c, p.projectId()).isPresent(),
          stages,
          txns);
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed", e);
    }
  }

  /** A rule that computes postings inside the locked transaction. */
  @FunctionalInterface
  interface Rule {
    List<Posting> apply(Connection c, Balances b) throws SQLException;
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
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock =
            c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
          lock.setString(1, "ledger:" + p.projectId());
          lock.execute();
        }
        Optional<LedgerRepository.Keyed> again = LedgerRepository.byKey(c, p.projectId(), key);
        if (again.isPresent()) {
          c.rollback();
          return sameRequest(again.get(), request);
        }
        if (kind != TxnKind.DEPOSIT
            && kind != TxnKind.ARBITRATION
            && DisputeRepository.openDispute(c, p.projectId()).isPresent()) {
          throw ProblemException.conflict(
              "dispute-open", "money is frozen while a dispute awaits the operator");
        }
        Balances before = Balances.of(LedgerRepository.all(c, p.projectId()));
        List<Posting> postings = rule.apply(c, before);
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
        LedgerRepository.insert(c, t, request);
        evidence.append(c, p.projectId(), RecordKind.LEDGER_POSTING, t.txnId());
        c.commit();
        LOG.infof(
            "ledger posted project=%s txn=%s kind=%s stage=%s",
            p.projectId(), t.txnId(), kind, seq);
        return t;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("ledger write failed", e);
    }
  }

  private Optional<LedgerTxn> replay(String projectId, String key, String request) {
    try (Connection c = db.getConnection()) {
      return LedgerRepository.byKey(c, projectId, key).map(k -> sameRequest(k, request));
    } catch (SQLException e) {
      throw new IllegalStateException("ledger read failed", e);
    }
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

  static boolean stageSigned(Connection c, String projectId, int seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM acceptance_record WHERE project_id = ? AND stage_seq = ?"
                + " AND state = 'SIGNED' AND supervisor_signed_at IS NOT NULL"
                + " AND customer_signed_at IS NOT NULL")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static boolean released(Connection c, String projectId, int seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM ledger_txn WHERE project_id = ? AND stage_seq = ? AND kind = 'STAGE_RELEASE'")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Optional<Instant> finalSignedAt(Connection c, String projectId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT customer_signed_at FROM acceptance_record WHERE project_id = ? AND stage_seq = 0"
                + " AND state = 'SIGNED'")) {
      ps.setString(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
      }
    }
  }
}

package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Provider orders, refund and payout instructions, payout accounts and reconciliation findings, in
 * SQL on the caller's unit of work: every statement here is a single-table read or update.
 */
@ApplicationScoped
class PaymentRepository {
  private static final String ORDER_COLUMNS =
      "out_trade_no, project_id, payer_id, amount_fen, channel, state, pay_url, transaction_id,"
          + " refunded_fen, shared_fen, created_at";

  Uni<Void> insertOrder(PaymentOrder o, String key) {
    return NativeSql.update(
            "INSERT INTO payment_order (out_trade_no, project_id, payer_id, amount_fen, channel,"
                + " idempotency_key, state, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'CREATED', ?7)",
            o.outTradeNo(),
            o.projectId(),
            o.payerId(),
            o.amountFen(),
            o.channel(),
            key,
            at(o.createdAt()))
        .replaceWithVoid();
  }

  Uni<Optional<PaymentOrder>> orderByKey(String projectId, String key) {
    return orders("project_id = ?1 AND idempotency_key = ?2", projectId, key)
        .map(l -> l.stream().findFirst());
  }

  Uni<Optional<PaymentOrder>> order(String outTradeNo) {
    return orders("out_trade_no = ?1", outTradeNo).map(l -> l.stream().findFirst());
  }

  /** Orders in CREATED or PAID state, oldest first, for reconciliation. */
  Uni<List<PaymentOrder>> openOrPaid(int limit) {
    return orders("state <> 'CLOSED' ORDER BY created_at LIMIT " + limit);
  }

  /** The project's paid orders, oldest first, locked until the transaction ends. */
  Uni<List<PaymentOrder>> paidForUpdate(String projectId) {
    return orders("project_id = ?1 AND state = 'PAID' ORDER BY created_at FOR UPDATE", projectId);
  }

  Uni<Void> payUrl(String outTradeNo, String url) {
    return NativeSql.update(
            "UPDATE payment_order SET pay_url = ?2 WHERE out_trade_no = ?1", outTradeNo, url)
        .replaceWithVoid();
  }

  Uni<Void> paid(String outTradeNo, String transactionId, Instant at) {
    return NativeSql.update(
            "UPDATE payment_order SET state = 'PAID', transaction_id = ?2, paid_at = ?3"
                + " WHERE out_trade_no = ?1 AND state = 'CREATED'",
            outTradeNo,
            transactionId,
            at(at))
        .replaceWithVoid();
  }

  Uni<Void> drawn(String outTradeNo, PaymentInstruction.Kind kind, long fen) {
    String column = kind == PaymentInstruction.Kind.REFUND ? "refunded_fen" : "shared_fen";
    return NativeSql.update(
            "UPDATE payment_order SET " + column + " = " + column + " + ?2 WHERE out_trade_no = ?1",
            outTradeNo,
            fen)
        .replaceWithVoid();
  }

  Uni<Void> insertInstruction(PaymentInstruction i, Instant now) {
    return NativeSql.update(
            "INSERT INTO payment_instruction (out_no, kind, project_id, txn_id, out_trade_no,"
                + " amount_fen, receiver_type, receiver_account, receiver_name, state,"
                + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                + " 'PENDING', ?10, ?10)",
            i.outNo(),
            i.kind().name(),
            i.projectId(),
            i.txnId(),
            i.outTradeNo(),
            i.amountFen(),
            i.receiverType(),
            i.receiverAccount(),
            i.receiverName(),
            at(now))
        .replaceWithVoid();
  }

  /**
   * Claims one due PENDING instruction by pushing its next attempt {@code lease} ahead, so that a
   * second sender (another node, or the scheduler racing a test) skips it meanwhile.
   */
  Uni<Optional<PaymentInstruction>> claimDue(Instant now, Instant lease) {
    return NativeSql.rows(
            "UPDATE payment_instruction SET next_attempt_at = ?2 WHERE out_no = (SELECT out_no"
                + " FROM payment_instruction WHERE state = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING out_no",
            at(now),
            at(lease))
        .chain(
            rows ->
                rows.isEmpty()
                    ? Uni.createFrom().item(Optional.<PaymentInstruction>empty())
                    : instructions("i.out_no = ?1", str(rows.get(0), 0))
                        .map(l -> l.stream().findFirst()));
  }

  /** Instructions the provider accepted but has not finished, for reconciliation. */
  Uni<List<PaymentInstruction>> sentOrDone(int limit) {
    return instructions("i.state IN ('SENT', 'DONE') ORDER BY i.created_at LIMIT " + limit);
  }

  Uni<List<PaymentInstruction>> ofProject(String projectId) {
    return instructions("i.project_id = ?1 ORDER BY i.created_at, i.out_no", projectId);
  }

  Uni<Void> sent(String outNo, String providerState, boolean done) {
    return NativeSql.update(
            "UPDATE payment_instruction SET state = ?2, provider_state = ?3, attempts = attempts + 1,"
                + " last_error = NULL WHERE out_no = ?1",
            outNo,
            done ? "DONE" : "SENT",
            providerState)
        .replaceWithVoid();
  }

  Uni<Void> providerState(String outNo, String providerState, boolean done) {
    return NativeSql.update(
            "UPDATE payment_instruction SET provider_state = ?2,"
                + " state = CASE WHEN ?3 THEN 'DONE' ELSE state END WHERE out_no = ?1",
            outNo,
            providerState,
            done)
        .replaceWithVoid();
  }

  Uni<Void> attemptFailed(String outNo, String error, Instant next, boolean giveUp) {
    return NativeSql.update(
            "UPDATE payment_instruction SET attempts = attempts + 1, last_error = ?2,"
                + " next_attempt_at = ?3, state = CASE WHEN ?4 THEN 'FAILED' ELSE state END"
                + " WHERE out_no = ?1",
            outNo,
            error,
            at(next),
            giveUp)
        .replaceWithVoid();
  }

  Uni<Void> savePayout(PayoutAccount a, String by, Instant now) {
    return NativeSql.update(
            "INSERT INTO enterprise_payout (enterprise_id, receiver_type, account, name,"
                + " updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                + " ON CONFLICT (enterprise_id) DO UPDATE SET receiver_type = ?2, account = ?3,"
                + " name = ?4, updated_by = ?5, updated_at = ?6",
            a.enterpriseId(),
            a.receiverType(),
            a.account(),
            a.name(),
            by,
            at(now))
        .replaceWithVoid();
  }

  Uni<Optional<PayoutAccount>> payout(String enterpriseId) {
    return NativeSql.rows(
            "SELECT enterprise_id, receiver_type, account, name FROM enterprise_payout"
                + " WHERE enterprise_id = ?1",
            enterpriseId)
        .map(
            rows ->
                rows.stream()
                    .findFirst()
                    .map(r -> new PayoutAccount(str(r, 0), str(r, 1), str(r, 2), str(r, 3))));
  }

  /** Replaces the findings with this run's. */
  Uni<Void> mismatches(Instant runAt, List<Mismatch> found) {
    Uni<Void> all = NativeSql.update("DELETE FROM payment_mismatch").replaceWithVoid();
    for (Mismatch m : found) {
      all =
          all.chain(
              () ->
                  NativeSql.update(
                          "INSERT INTO payment_mismatch (run_at, subject, project_id, ours,"
                              + " provider) VALUES (?1, ?2, ?3, ?4, ?5)",
                          at(runAt),
                          m.subject(),
                          m.projectId(),
                          m.ours(),
                          m.provider())
                      .replaceWithVoid());
    }
    return all;
  }

  Uni<List<Mismatch>> mismatches() {
    return NativeSql.rows(
            "SELECT subject, project_id, ours, provider FROM payment_mismatch ORDER BY id")
        .map(
            rows ->
                rows.stream()
                    .map(r -> new Mismatch(str(r, 0), str(r, 1), str(r, 2), str(r, 3)))
                    .toList());
  }

  private Uni<List<PaymentOrder>> orders(String where, Object... args) {
    return NativeSql.rows("SELECT " + ORDER_COLUMNS + " FROM payment_order WHERE " + where, args)
        .map(rows -> rows.stream().map(PaymentRepository::order).toList());
  }

  private Uni<List<PaymentInstruction>> instructions(String where, Object... args) {
    return NativeSql.rows(
            "SELECT i.out_no, i.kind, i.project_id, i.txn_id, i.out_trade_no, o.transaction_id,"
                + " o.amount_fen, i.amount_fen, i.receiver_type, i.receiver_account,"
                + " i.receiver_name, i.state, i.attempts, i.provider_state"
                + " FROM payment_instruction i JOIN payment_order o"
                + " ON o.out_trade_no = i.out_trade_no WHERE "
                + where,
            args)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new PaymentInstruction(
                                str(r, 0),
                                PaymentInstruction.Kind.valueOf(str(r, 1)),
                                str(r, 2),
                                str(r, 3),
                                str(r, 4),
                                str(r, 5),
                                num(r, 6),
                                num(r, 7),
                                str(r, 8),
                                str(r, 9),
                                str(r, 10),
                                str(r, 11),
                                (int) num(r, 12),
                                str(r, 13)))
                    .toList());
  }

  private static PaymentOrder order(Tuple r) {
    return new PaymentOrder(
        str(r, 0),
        str(r, 1),
        str(r, 2),
        num(r, 3),
        str(r, 4),
        str(r, 5),
        str(r, 6),
        str(r, 7),
        num(r, 8),
        num(r, 9),
        NativeSql.instant(r.get(10)));
  }

  private static String str(Tuple r, int i) {
    return (String) r.get(i);
  }

  private static long num(Tuple r, int i) {
    return ((Number) r.get(i)).longValue();
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}

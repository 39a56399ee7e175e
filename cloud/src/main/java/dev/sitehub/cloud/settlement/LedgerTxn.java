package dev.sitehub.cloud.settlement;

import java.time.Instant;
import java.util.List;

/**
 * One balanced ledger transaction of a project, unique per idempotency key. {@code stageSeq} is set
 * for stage releases; {@code reference} is the gateway payment id, dispute id or a note.
 */
public record LedgerTxn(
    String txnId,
    String projectId,
    String idempotencyKey,
    TxnKind kind,
    Integer stageSeq,
    String reference,
    String actorId,
    Instant at,
    List<Posting> postings) {
  public LedgerTxn {
    postings = List.copyOf(postings);
  }

  /** The sum of the postings; zero for every valid transaction (double entry). */
  public long imbalance() {
    return postings.stream().mapToLong(Posting::amountFen).sum();
  }
}

package dev.sitehub.cloud.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The head of a ledger transaction as stored (table {@code ledger_txn}). Immutable: the ledger is
 * append-only (a trigger refuses updates), so Hibernate must never try to write one back.
 */
@Entity
@Immutable
@Table(name = "ledger_txn")
class LedgerTxnEntity {
  @Id
  @Column(name = "txn_id")
  String txnId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "idempotency_key", nullable = false)
  String idempotencyKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "request_hash", nullable = false, length = 64)
  String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  TxnKind kind;

  @Column(name = "stage_seq")
  Integer stageSeq;

  String reference;

  @Column(name = "actor_id")
  String actorId;

  @Column(nullable = false)
  Instant at;

  protected LedgerTxnEntity() {}

  LedgerTxnEntity(LedgerTxn t, String requestHash) {
    this.txnId = t.txnId();
    this.projectId = t.projectId();
    this.idempotencyKey = t.idempotencyKey();
    this.requestHash = requestHash;
    this.kind = t.kind();
    this.stageSeq = t.stageSeq();
    this.reference = t.reference();
    this.actorId = t.actorId();
    this.at = t.at();
  }

  LedgerTxn view(List<Posting> postings) {
    return new LedgerTxn(
        txnId, projectId, idempotencyKey, kind, stageSeq, reference, actorId, at, postings);
  }
}

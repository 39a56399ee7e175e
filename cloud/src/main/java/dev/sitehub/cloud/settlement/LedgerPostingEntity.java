package dev.sitehub.cloud.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** One line of a ledger transaction as stored (table {@code ledger_posting}); append-only too. */
@Entity
@Immutable
@Table(name = "ledger_posting")
@IdClass(LedgerPostingEntity.Key.class)
class LedgerPostingEntity {
  @Id
  @Column(name = "txn_id")
  String txnId;

  @Id
  @Column(name = "line")
  int line;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Account account;

  @Column(name = "amount_fen", nullable = false)
  long amountFen;

  protected LedgerPostingEntity() {}

  LedgerPostingEntity(String txnId, int line, Posting p) {
    this.txnId = txnId;
    this.line = line;
    this.account = p.account();
    this.amountFen = p.amountFen();
  }

  Posting view() {
    return new Posting(account, amountFen);
  }

  /** A posting's identity: its transaction and line number (from 1). */
  record Key(String txnId, int line) implements Serializable {}
}

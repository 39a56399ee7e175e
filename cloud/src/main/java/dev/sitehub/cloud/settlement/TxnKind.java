package dev.sitehub.cloud.settlement;

/** What a ledger transaction did, for statements and the evidence chain. */
public enum TxnKind {
  DEPOSIT,
  STAGE_RELEASE,
  RETENTION_RELEASE,
  REFUND,
  ARBITRATION
}

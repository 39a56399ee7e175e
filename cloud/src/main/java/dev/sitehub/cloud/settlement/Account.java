package dev.sitehub.cloud.settlement;

/**
 * The ledger accounts of one project. Money enters from {@link #GATEWAY} (the payment provider's
 * clearing account, which goes negative by what customers paid in) and leaves to the payee or back
 * to the customer; a balance is always the sum of its postings.
 */
public enum Account {
  /** The payment gateway's clearing account: negative by the deposits received. */
  GATEWAY,
  /** Customer money held in escrow and not yet due to anyone. */
  ESCROW,
  /** Stage retention, held until the warranty observation ends. */
  RETENTION,
  /** Released to the decoration company. */
  CONTRACTOR,
  /** Returned to the customer. */
  CUSTOMER_REFUND
}

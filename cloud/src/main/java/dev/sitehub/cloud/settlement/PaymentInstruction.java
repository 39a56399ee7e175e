package dev.sitehub.cloud.settlement;

/**
 * A refund or payout the ledger has posted and the provider must carry out, with the paid order it
 * draws on; {@code outNo} is the provider's idempotency number (out_refund_no / out_order_no).
 */
record PaymentInstruction(
    String outNo,
    Kind kind,
    String projectId,
    String txnId,
    String outTradeNo,
    String transactionId,
    long orderTotalFen,
    long amountFen,
    String receiverType,
    String receiverAccount,
    String receiverName,
    String state,
    int attempts,
    String providerState) {
  enum Kind {
    REFUND,
    PAYOUT
  }
}

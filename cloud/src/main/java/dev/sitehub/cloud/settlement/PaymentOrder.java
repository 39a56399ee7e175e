package dev.sitehub.cloud.settlement;

import java.time.Instant;

/** One deposit order at the provider: what the customer was asked to pay and whether they did. */
public record PaymentOrder(
    String outTradeNo,
    String projectId,
    String payerId,
    long amountFen,
    String channel,
    String state,
    String payUrl,
    String transactionId,
    long refundedFen,
    long sharedFen,
    Instant createdAt) {
  /** What is left of the order for refunds and payouts. */
  long remainingFen() {
    return amountFen - refundedFen - sharedFen;
  }

  boolean paid() {
    return "PAID".equals(state);
  }
}

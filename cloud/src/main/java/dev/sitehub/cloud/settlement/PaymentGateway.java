package dev.sitehub.cloud.settlement;

/**
 * Takes the customer's money into escrow. Implementations must be idempotent per key: charging
 * twice with one key returns the first receipt and moves money once.
 */
public interface PaymentGateway {
  /** The result of one charge: the provider's payment id, or a decline reason. */
  record Receipt(String paymentId, boolean approved, String declineReason) {}

  Receipt charge(String projectId, String payerId, long amountFen, String idempotencyKey);
}

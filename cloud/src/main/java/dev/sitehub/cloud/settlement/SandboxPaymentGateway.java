package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.evidence.Canonical;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * SANDBOX ONLY, NO REAL MONEY: approves every charge up to a configured limit and derives the
 * payment id from the idempotency key, so replays return the same id. Only active when {@code
 * sitehub.payments.provider=sandbox}, which a production launch refuses ({@link SandboxGuard});
 * with WeChat Pay a deposit goes through {@link PaymentService#checkout} and its notification.
 */
@ApplicationScoped
class SandboxPaymentGateway implements PaymentGateway {
  private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class);
  private final SettlementConfig config;
  private final PaymentsConfig payments;

  public SandboxPaymentGateway(SettlementConfig config, PaymentsConfig payments) {
    this.config = config;
    this.payments = payments;
  }

  @Override
  public Receipt charge(String projectId, String payerId, long amountFen, String idempotencyKey) {
    if (payments.provider() != PaymentProvider.SANDBOX) {
      throw ProblemException.conflict(
          "checkout-required",
          "deposits are paid through a WeChat Pay checkout: POST"
              + " /api/projects/{projectId}/payments/checkouts");
    }
    String id = "SANDBOX-" + Canonical.sha256(projectId + "\n" + idempotencyKey).substring(0, 20);
    if (amountFen > config.sandboxDeclineAboveFen()) {
      LOG.infof("sandbox charge declined project=%s payment=%s", projectId, id);
      return new Receipt(
          id, false, "sandbox declines charges above " + config.sandboxDeclineAboveFen() + " fen");
    }
    LOG.infof("sandbox charge approved project=%s payment=%s fen=%d", projectId, id, amountFen);
    return new Receipt(id, true, null);
  }
}

package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.evidence.Canonical;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * SANDBOX ONLY, NO REAL MONEY: approves every charge up to a configured limit and derives the
 * payment id from the idempotency key, so replays return the same id. Replace it with a real
 * provider's adapter before taking payments.
 */
@ApplicationScoped
class SandboxPaymentGateway implements PaymentGateway {
  private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class);
  private final SettlementConfig config;

  public SandboxPaymentGateway(SettlementConfig config) {
    this.config = config;
  }

  @Override
  public Receipt charge(String projectId, String payerId, long amountFen, String idempotencyKey) {
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

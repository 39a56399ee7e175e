package dev.sitehub.cloud.settlement;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.service.payments.model.Transaction;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Asks the provider about every order, refund and payout we know and compares its answer with our
 * records: an order paid there but not posted here (or the reverse), a different amount, a refund
 * or payout the provider closed or lost. Findings replace the previous run's, for the operator's
 * disputes page; a finished refund or payout is marked DONE on the way.
 */
@ApplicationScoped
public class PaymentReconciliation {
  private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class);
  private static final int LIMIT = 500;
  private final UnitOfWork work;
  private final PaymentRepository payments;
  private final WechatPayClient wechat;
  private final PaymentsConfig config;
  private final Clock clock;

  PaymentReconciliation(
      UnitOfWork work,
      PaymentRepository payments,
      WechatPayClient wechat,
      PaymentsConfig config,
      Clock clock) {
    this.work = work;
    this.payments = payments;
    this.wechat = wechat;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(cron = "${sitehub.payments.reconcile-cron:0 30 3 * * ?}")
  void nightly() {
    if (config.provider() != PaymentProvider.SANDBOX) {
      run();
    }
  }

  /** Runs a reconciliation now and returns its findings. */
  public List<Mismatch> run() {
    List<Mismatch> found = new ArrayList<>();
    if (config.provider() == PaymentProvider.SANDBOX) {
      return found;
    }
    for (PaymentOrder o : work.read(() -> payments.openOrPaid(LIMIT))) {
      order(o, found);
    }
    for (PaymentInstruction i : work.read(() -> payments.sentOrDone(LIMIT))) {
      instruction(i, found);
    }
    work.write(() -> payments.mismatches(clock.instant(), found));
    LOG.infof("payments reconciled mismatches=%d", found.size());
    return found;
  }

  /** The last run's findings. */
  public List<Mismatch> last() {
    if (config.provider() == PaymentProvider.SANDBOX) {
      return List.of();
    }
    return work.read(payments::mismatches);
  }

  private void order(PaymentOrder o, List<Mismatch> found) {
    String theirs;
    Transaction t = null;
    try {
      t = wechat.queryOrder(o.outTradeNo());
      theirs = t.getTradeState() == null ? "UNKNOWN" : t.getTradeState().name();
    } catch (ServiceException e) {
      theirs = e.getHttpStatusCode() == 404 ? "ORDER_NOT_EXIST" : "ERROR " + e.getErrorCode();
    } catch (WechatPayException | IllegalArgumentException e) {
      found.add(new Mismatch(o.outTradeNo(), o.projectId(), o.state(), "unreachable"));
      return;
    }
    boolean paidThere = "SUCCESS".equals(theirs) || "REFUND".equals(theirs);
    if (paidThere != o.paid()) {
      found.add(new Mismatch(o.outTradeNo(), o.projectId(), o.state(), theirs));
    } else if (t != null
        && paidThere
        && t.getAmount() != null
        && t.getAmount().getTotal() != null
        && t.getAmount().getTotal() != o.amountFen()) {
      found.add(
          new Mismatch(
              o.outTradeNo(),
              o.projectId(),
              o.amountFen() + " fen",
              t.getAmount().getTotal() + " fen"));
    }
  }

  private void instruction(PaymentInstruction i, List<Mismatch> found) {
    String theirs;
    try {
      theirs =
          i.kind() == PaymentInstruction.Kind.REFUND
              ? wechat.refundState(i.outNo())
              : wechat.shareState(i.outNo(), i.transactionId());
    } catch (ServiceException e) {
      theirs = e.getHttpStatusCode() == 404 ? "NOT_FOUND" : "ERROR " + e.getErrorCode();
    } catch (WechatPayException | IllegalArgumentException e) {
      found.add(new Mismatch(i.outNo(), i.projectId(), i.state(), "unreachable"));
      return;
    }
    boolean done = "SUCCESS".equals(theirs) || "FINISHED".equals(theirs);
    boolean pending = "PROCESSING".equals(theirs);
    if (done || pending) {
      String state = theirs;
      work.write(() -> payments.providerState(i.outNo(), state, done));
      return;
    }
    found.add(new Mismatch(i.outNo(), i.projectId(), i.kind() + " " + i.state(), theirs));
  }
}

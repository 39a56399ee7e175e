package dev.sitehub.cloud.settlement;

import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Deposits through the configured provider. With WeChat Pay a deposit is an order the customer pays
 * by QR code (Native) or on their phone (H5), and the ledger posts it only when WeChat Pay's
 * signed, encrypted notification says SUCCESS; in the sandbox it posts at once. Also keeps the
 * contracted companies' payout receivers.
 */
@ApplicationScoped
public class PaymentService {
  private static final Logger LOG = Logger.getLogger(PaymentService.class);
  private static final Set<String> CHANNELS = Set.of("NATIVE", "H5");
  private final UnitOfWork work;
  private final PaymentRepository payments;
  private final LedgerService ledger;
  private final WechatPayClient wechat;
  private final PaymentsConfig config;
  private final ProjectService projects;
  private final Clock clock;
  private final Ids ids;

  PaymentService(
      UnitOfWork work,
      PaymentRepository payments,
      LedgerService ledger,
      WechatPayClient wechat,
      PaymentsConfig config,
      ProjectService projects,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.payments = payments;
    this.ledger = ledger;
    this.wechat = wechat;
    this.config = config;
    this.projects = projects;
    this.clock = clock;
    this.ids = ids;
  }

  /** Whether the sandbox is active: no real money moves, and every money page says so. */
  public boolean sandbox() {
    return config.provider() == PaymentProvider.SANDBOX;
  }

  /**
   * Starts (or, under the same key, resumes) a deposit. The sandbox posts it at once and answers
   * PAID; WeChat Pay answers the order with where to pay it, and posts nothing yet.
   */
  public Checkout checkout(
      Project p, String payerId, long amountFen, String channel, String clientIp, String key) {
    if (sandbox()) {
      LedgerTxn t = ledger.deposit(p, payerId, amountFen, key);
      return new Checkout(t.txnId(), p.projectId(), amountFen, "SANDBOX", null, "PAID");
    }
    if (key == null || key.isBlank() || key.length() > 100) {
      throw ProblemException.badRequest(
          "idempotency-key-required", "send an Idempotency-Key header of 1-100 characters");
    }
    if (amountFen <= 0 || amountFen > Integer.MAX_VALUE) {
      throw ProblemException.badRequest(
          "invalid-amount", "amount must be a positive number of fen within one payment's limit");
    }
    String ch = channel == null ? "NATIVE" : channel.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CHANNELS.contains(ch)) {
      throw ProblemException.badRequest("invalid-channel", "channel is NATIVE or H5");
    }
    Statement s = ledger.statement(p);
    if (s.depositedFen() + amountFen > s.contractTotalFen()) {
      throw ProblemException.conflict(
          "deposit-exceeds-contract",
          "deposits would total "
              + (s.depositedFen() + amountFen)
              + " fen, above the contract's "
              + s.contractTotalFen());
    }
    PaymentOrder o = order(p, payerId, amountFen, ch, key);
    if (o.payUrl() == null && !o.paid()) {
      String url;
      try {
        url = wechat.prepay(o, "SiteHub 装修托管 " + p.projectId(), clientIp);
      } catch (WechatPayException | IllegalArgumentException e) {
        LOG.warnf(
            "wechatpay prepay failed project=%s order=%s: %s",
            p.projectId(), o.outTradeNo(), e.getClass().getSimpleName());
        throw new ProblemException(
            503, "provider-unavailable", "Payment provider unavailable", "try again shortly");
      }
      work.write(() -> payments.payUrl(o.outTradeNo(), url));
      LOG.infof(
          "wechatpay order created project=%s order=%s channel=%s",
          p.projectId(), o.outTradeNo(), ch);
      return view(o, url);
    }
    return view(o, o.payUrl());
  }

  /** The project's order, for its checkout page. */
  public Optional<Checkout> checkout(Project p, String outTradeNo) {
    return work.read(() -> payments.order(outTradeNo))
        .filter(o -> o.projectId().equals(p.projectId()))
        .map(o -> view(o, o.payUrl()));
  }

  /** What a notification came to. */
  public enum Outcome {
    POSTED,
    IGNORED
  }

  /**
   * Handles a payment notification: verified and decrypted by the SDK (a forged or tampered one is
   * refused with 401 and posts nothing), then posted to the ledger only on SUCCESS for a known
   * order of the same amount and merchant, under the order number, so a repeat posts once.
   */
  public Outcome notified(RequestParam request) {
    if (sandbox()) {
      // No provider is configured, so nothing can have been paid: the call moves nothing.
      return Outcome.IGNORED;
    }
    Transaction tx;
    try {
      tx = wechat.paymentNotification(request);
    } catch (WechatPayException | IllegalArgumentException e) {
      LOG.warnf("wechatpay notification refused: %s", e.getClass().getSimpleName());
      throw new ProblemException(
          401, "notification-unverified", "Notification refused", "signature not verified");
    }
    if (tx.getTradeState() != Transaction.TradeStateEnum.SUCCESS) {
      LOG.infof("wechatpay notification order=%s state=%s", tx.getOutTradeNo(), tx.getTradeState());
      return Outcome.IGNORED;
    }
    Optional<PaymentOrder> known = work.read(() -> payments.order(tx.getOutTradeNo()));
    if (known.isEmpty()) {
      LOG.warnf("wechatpay notification for unknown order=%s", tx.getOutTradeNo());
      return Outcome.IGNORED;
    }
    PaymentOrder o = known.get();
    long paid =
        tx.getAmount() == null || tx.getAmount().getTotal() == null
            ? -1
            : tx.getAmount().getTotal();
    if (paid != o.amountFen()
        || !config.wechatpay().merchantId().orElse("").equals(tx.getMchid())) {
      LOG.errorf(
          "wechatpay notification disagrees with order=%s (amount %d vs %d): not posted",
          o.outTradeNo(), paid, o.amountFen());
      return Outcome.IGNORED;
    }
    Project p = projects.get(o.projectId());
    LedgerTxn t =
        ledger.depositReceived(
            p, o.payerId(), o.amountFen(), tx.getTransactionId(), o.outTradeNo());
    work.write(() -> payments.paid(o.outTradeNo(), tx.getTransactionId(), clock.instant()));
    LOG.infof(
        "wechatpay deposit posted project=%s order=%s txn=%s",
        p.projectId(), o.outTradeNo(), t.txnId());
    return Outcome.POSTED;
  }

  /** Sets where the company's payouts go (an operator's act, from the merchant's receiver list). */
  public PayoutAccount setPayoutAccount(PayoutAccount a, String operatorId) {
    if (a == null
        || blank(a.enterpriseId())
        || blank(a.account())
        || blank(a.name())
        || !Set.of("MERCHANT_ID", "PERSONAL_OPENID").contains(a.receiverType())) {
      throw ProblemException.badRequest(
          "invalid-payout-account",
          "give receiverType MERCHANT_ID or PERSONAL_OPENID, account and name");
    }
    work.write(() -> payments.savePayout(a, operatorId, clock.instant()));
    LOG.infof("payout account set enterprise=%s by=%s", a.enterpriseId(), operatorId);
    return a;
  }

  /** The project's refund and payout instructions and their state at the provider. */
  List<PaymentInstruction> instructions(String projectId) {
    return work.read(() -> payments.ofProject(projectId));
  }

  private PaymentOrder order(Project p, String payerId, long amountFen, String ch, String key) {
    Optional<PaymentOrder> existing = work.read(() -> payments.orderByKey(p.projectId(), key));
    if (existing.isEmpty()) {
      PaymentOrder fresh =
          new PaymentOrder(
              "SH" + ids.randomText(28),
              p.projectId(),
              payerId,
              amountFen,
              ch,
              "CREATED",
              null,
              null,
              0,
              0,
              clock.instant());
      try {
        work.write(() -> payments.insertOrder(fresh, key));
        return fresh;
      } catch (RuntimeException e) {
        if (!UnitOfWork.isUniqueViolation(e)) {
          throw e;
        }
        existing = work.read(() -> payments.orderByKey(p.projectId(), key));
      }
    }
    PaymentOrder o = existing.orElseThrow();
    if (o.amountFen() != amountFen || !o.channel().equals(ch)) {
      throw ProblemException.conflict(
          "idempotency-key-reused", "this idempotency key was used for a different request");
    }
    return o;
  }

  private static Checkout view(PaymentOrder o, String url) {
    return new Checkout(o.outTradeNo(), o.projectId(), o.amountFen(), o.channel(), url, o.state());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

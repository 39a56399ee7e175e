package dev.sitehub.cloud.settlement;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.WechatPayException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends the refund and payout instructions the ledger wrote to the provider, and sends them again
 * after an outage (the provider deduplicates by out_refund_no / out_order_no, so a resend after a
 * lost answer moves money once). The ledger is already posted: an outage delays money, it never
 * leaves the ledger and the provider disagreeing for good.
 */
@ApplicationScoped
class PaymentDispatcher {
  private static final Logger LOG = Logger.getLogger(PaymentDispatcher.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private final UnitOfWork work;
  private final PaymentRepository payments;
  private final WechatPayClient wechat;
  private final PaymentsConfig config;
  private final Clock clock;

  PaymentDispatcher(
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

  @Scheduled(
      every = "${sitehub.payments.retry-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (config.provider() != PaymentProvider.SANDBOX) {
      sendDue();
    }
  }

  /** Sends every instruction now due; returns how many the provider accepted. */
  int sendDue() {
    int accepted = 0;
    while (true) {
      Instant now = clock.instant();
      Optional<PaymentInstruction> next = work.write(() -> payments.claimDue(now, now.plus(LEASE)));
      if (next.isEmpty()) {
        return accepted;
      }
      if (send(next.get())) {
        accepted++;
      }
    }
  }

  private boolean send(PaymentInstruction i) {
    try {
      String state =
          i.kind() == PaymentInstruction.Kind.REFUND ? wechat.refund(i) : wechat.share(i);
      boolean done = "SUCCESS".equals(state) || "FINISHED".equals(state);
      work.write(() -> payments.sent(i.outNo(), state, done));
      LOG.infof(
          "payment instruction sent project=%s out=%s kind=%s state=%s",
          i.projectId(), i.outNo(), i.kind(), state);
      return true;
    } catch (WechatPayException | IllegalArgumentException e) {
      int attempt = i.attempts() + 1;
      boolean giveUp = attempt >= config.maxAttempts();
      Duration wait = backoff(attempt);
      String why = reason(e);
      work.write(() -> payments.attemptFailed(i.outNo(), why, clock.instant().plus(wait), giveUp));
      LOG.warnf(
          "payment instruction failed project=%s out=%s attempt=%d%s: %s",
          i.projectId(), i.outNo(), attempt, giveUp ? " (given up)" : "", why);
      return false;
    }
  }

  /** Doubling from the retry period, at most an hour. */
  private Duration backoff(int attempt) {
    Duration d = config.retryEvery().multipliedBy(1L << Math.min(attempt - 1, 7));
    return d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
  }

  private static String reason(RuntimeException e) {
    if (e instanceof ServiceException s) {
      return "HTTP " + s.getHttpStatusCode() + " " + s.getErrorCode();
    }
    return e.getClass().getSimpleName();
  }
}

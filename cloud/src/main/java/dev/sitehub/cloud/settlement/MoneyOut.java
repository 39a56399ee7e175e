package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.Project;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the ledger's outgoing postings into provider instructions inside the posting's own
 * transaction: money posted to {@link Account#CUSTOMER_REFUND} becomes refunds and money posted to
 * {@link Account#CONTRACTOR} becomes profit-sharing payouts, each drawn on the project's paid
 * orders oldest first. Either the posting and its instructions commit together or neither does;
 * {@link PaymentDispatcher} sends them afterwards. With the sandbox provider nothing leaves.
 */
@ApplicationScoped
class MoneyOut {
  private final PaymentsConfig config;
  private final PaymentRepository payments;
  private final ContractService contracts;
  private final Clock clock;

  MoneyOut(
      PaymentsConfig config, PaymentRepository payments, ContractService contracts, Clock clock) {
    this.config = config;
    this.payments = payments;
    this.contracts = contracts;
    this.clock = clock;
  }

  /** Whether ledger postings move real money at a provider. */
  boolean live() {
    return config.provider() != PaymentProvider.SANDBOX;
  }

  /**
   * The contracted decoration company that payouts go to, looked up before the ledger's transaction
   * (contracts answers in its own unit of work); empty in the sandbox.
   */
  Optional<String> contractor(Project p, TxnKind kind) {
    if (!live() || kind == TxnKind.DEPOSIT || kind == TxnKind.REFUND) {
      return Optional.empty();
    }
    return contracts.partyIds(p.contractId(), PartyKind.DECORATION_COMPANY).stream().findFirst();
  }

  /** Writes the instructions for {@code t}'s outgoing postings, in the caller's transaction. */
  Uni<Void> instruct(Project p, LedgerTxn t, Optional<String> contractor) {
    if (!live()) {
      return Uni.createFrom().voidItem();
    }
    long refund = outgoing(t, Account.CUSTOMER_REFUND);
    long payout = outgoing(t, Account.CONTRACTOR);
    if (refund == 0 && payout == 0) {
      return Uni.createFrom().voidItem();
    }
    Uni<Optional<PayoutAccount>> receiver =
        payout == 0 || contractor.isEmpty()
            ? Uni.createFrom().item(Optional.empty())
            : payments.payout(contractor.get());
    return receiver.chain(
        account -> {
          if (payout > 0 && account.isEmpty()) {
            throw ProblemException.conflict(
                "payout-account-missing",
                "the contracted company has no payout receiver account configured");
          }
          return payments
              .paidForUpdate(p.projectId())
              .chain(
                  orders -> {
                    List<PaymentInstruction> out = new ArrayList<>();
                    List<long[]> left = new ArrayList<>();
                    for (PaymentOrder o : orders) {
                      left.add(new long[] {o.remainingFen()});
                    }
                    draw(t, orders, left, PaymentInstruction.Kind.REFUND, refund, null, out);
                    draw(t, orders, left, PaymentInstruction.Kind.PAYOUT, payout, account, out);
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (PaymentInstruction i : out) {
                      all =
                          all.chain(() -> payments.insertInstruction(i, clock.instant()))
                              .chain(() -> payments.drawn(i.outTradeNo(), i.kind(), i.amountFen()));
                    }
                    return all;
                  });
        });
  }

  private static void draw(
      LedgerTxn t,
      List<PaymentOrder> orders,
      List<long[]> left,
      PaymentInstruction.Kind kind,
      long amount,
      Optional<PayoutAccount> to,
      List<PaymentInstruction> out) {
    long due = amount;
    for (int n = 0; n < orders.size() && due > 0; n++) {
      long take = Math.min(due, left.get(n)[0]);
      if (take <= 0) {
        continue;
      }
      left.get(n)[0] -= take;
      due -= take;
      PaymentOrder o = orders.get(n);
      PayoutAccount a = to == null ? null : to.orElse(null);
      out.add(
          new PaymentInstruction(
              t.txnId() + (kind == PaymentInstruction.Kind.REFUND ? "-R" : "-P") + (n + 1),
              kind,
              t.projectId(),
              t.txnId(),
              o.outTradeNo(),
              o.transactionId(),
              o.amountFen(),
              take,
              a == null ? null : a.receiverType(),
              a == null ? null : a.account(),
              a == null ? null : a.name(),
              "PENDING",
              0,
              null));
    }
    if (due > 0) {
      throw ProblemException.conflict(
          "unfunded-at-provider",
          "the provider holds " + (amount - due) + " fen of paid orders for " + amount);
    }
  }

  private static long outgoing(LedgerTxn t, Account a) {
    return t.postings().stream()
        .filter(p -> p.account() == a && p.amountFen() > 0)
        .mapToLong(Posting::amountFen)
        .sum();
  }
}

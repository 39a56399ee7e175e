package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.ProblemException;
import java.util.List;

/**
 * The escrow rules as pure functions from balances to postings: each returns balanced postings or
 * refuses with a typed problem. Kept free of I/O so every rule is unit-tested.
 */
final class LedgerRules {
  private LedgerRules() {}

  public static List<Posting> deposit(Balances b, long amountFen, long contractTotalFen) {
    positive(amountFen);
    if (b.deposited() + amountFen > contractTotalFen) {
      throw ProblemException.conflict(
          "deposit-exceeds-contract",
          "deposits would total "
              + (b.deposited() + amountFen)
              + " fen, above the contract's "
              + contractTotalFen);
    }
    return List.of(
        new Posting(Account.GATEWAY, -amountFen), new Posting(Account.ESCROW, amountFen));
  }

  /** Moves a stage's share out of escrow: the payable part to the contractor, the rest retained. */
  public static List<Posting> releaseStage(Balances b, long payableFen, long retainedFen) {
    long total = payableFen + retainedFen;
    if (b.of(Account.ESCROW) < total) {
      throw ProblemException.conflict(
          "insufficient-escrow",
          "escrow holds " + b.of(Account.ESCROW) + " fen, the stage needs " + total);
    }
    if (retainedFen == 0) {
      return List.of(
          new Posting(Account.ESCROW, -total), new Posting(Account.CONTRACTOR, payableFen));
    }
    return List.of(
        new Posting(Account.ESCROW, -total),
        new Posting(Account.CONTRACTOR, payableFen),
        new Posting(Account.RETENTION, retainedFen));
  }

  public static List<Posting> releaseRetention(Balances b) {
    long held = b.of(Account.RETENTION);
    if (held <= 0) {
      throw ProblemException.conflict("nothing-retained", "no retention is held");
    }
    return List.of(new Posting(Account.RETENTION, -held), new Posting(Account.CONTRACTOR, held));
  }

  public static List<Posting> refund(Balances b, long amountFen) {
    positive(amountFen);
    if (b.of(Account.ESCROW) < amountFen) {
      throw ProblemException.conflict(
          "insufficient-escrow",
          "escrow holds " + b.of(Account.ESCROW) + " fen, cannot refund " + amountFen);
    }
    return List.of(
        new Posting(Account.ESCROW, -amountFen), new Posting(Account.CUSTOMER_REFUND, amountFen));
  }

  /** The operator's split of escrowed money between contractor and customer. */
  public static List<Posting> arbitrate(Balances b, long toContractorFen, long toCustomerFen) {
    if (toContractorFen < 0 || toCustomerFen < 0 || toContractorFen + toCustomerFen == 0) {
      throw ProblemException.badRequest(
          "invalid-amount", "split amounts must be non-negative and not both zero");
    }
    long total;
    try {
      total = Math.addExact(toContractorFen, toCustomerFen);
    } catch (ArithmeticException e) {
      throw ProblemException.badRequest(
          "split-does-not-add-up", "the split's two amounts do not add up to a sum of money");
    }
    if (b.of(Account.ESCROW) < total) {
      throw ProblemException.conflict(
          "insufficient-escrow",
          "escrow holds " + b.of(Account.ESCROW) + " fen, the decision splits " + total);
    }
    List<Posting> out = new java.util.ArrayList<>();
    out.add(new Posting(Account.ESCROW, -total));
    if (toContractorFen > 0) {
      out.add(new Posting(Account.CONTRACTOR, toContractorFen));
    }
    if (toCustomerFen > 0) {
      out.add(new Posting(Account.CUSTOMER_REFUND, toCustomerFen));
    }
    return List.copyOf(out);
  }

  private static void positive(long amountFen) {
    if (amountFen <= 0) {
      throw ProblemException.badRequest(
          "invalid-amount", "amount must be a positive number of fen");
    }
  }
}

package dev.sitehub.cloud.settlement;

import java.util.Optional;

/**
 * A refusal the deposit form shows, under the amount or above the form, with the ledger refusals it
 * stands for; {@code projmsg} words each one under {@code depositProblem_$CONSTANT}.
 */
public enum DepositProblem {
  REQUIRED(true),
  AMOUNT(true),
  EXCEEDS_CONTRACT(true),
  DECLINED(false),
  TRY_AGAIN(false);

  private final boolean onAmount;

  DepositProblem(boolean onAmount) {
    this.onAmount = onAmount;
  }

  /**
   * The problem a ledger refusal becomes on the form; empty when the form does not show it. A
   * declined payment (402) reads the same whatever its code.
   */
  static Optional<DepositProblem> of(String problemCode, int status) {
    if ("deposit-exceeds-contract".equals(problemCode)) {
      return Optional.of(EXCEEDS_CONTRACT);
    }
    if (status == 503) {
      return Optional.of(TRY_AGAIN);
    }
    if (status == 402) {
      return Optional.of(DECLINED);
    }
    return "idempotency-key-reused".equals(problemCode) ? Optional.of(TRY_AGAIN) : Optional.empty();
  }

  /** Whether the problem is shown under the amount; the others need a fresh key to post again. */
  boolean onAmount() {
    return onAmount;
  }
}

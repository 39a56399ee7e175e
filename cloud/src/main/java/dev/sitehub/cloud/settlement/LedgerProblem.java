package dev.sitehub.cloud.settlement;

import java.util.Optional;

/**
 * A refusal the ledger page shows next to a field or above its form (dispute, retention release,
 * refund), with the ledger and dispute refusals it stands for; {@code setmsg} words each one under
 * {@code problem_$CONSTANT}.
 */
public enum LedgerProblem {
  REQUIRED,
  AMOUNT,
  DISPUTE_OPEN,
  INSUFFICIENT_ESCROW,
  NOTHING_RETAINED,
  FINAL_ACCEPTANCE_MISSING,
  WARRANTY_RUNNING,
  RETENTION_RELEASED,
  TRY_AGAIN;

  /** The problem a service refusal becomes on the page; empty when the page does not show it. */
  static Optional<LedgerProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "reason-required" -> REQUIRED;
          case "invalid-amount" -> AMOUNT;
          case "dispute-open" -> DISPUTE_OPEN;
          case "insufficient-escrow" -> INSUFFICIENT_ESCROW;
          case "nothing-retained" -> NOTHING_RETAINED;
          case "final-acceptance-missing" -> FINAL_ACCEPTANCE_MISSING;
          case "warranty-running" -> WARRANTY_RUNNING;
          case "retention-released" -> RETENTION_RELEASED;
          case "idempotency-key-reused" -> TRY_AGAIN;
          default -> null;
        });
  }

  /** Whether the problem belongs next to a field rather than above the form. */
  boolean onField() {
    return this == REQUIRED || this == AMOUNT;
  }
}

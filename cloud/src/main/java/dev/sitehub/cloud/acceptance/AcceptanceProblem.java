package dev.sitehub.cloud.acceptance;

import java.util.Optional;

/**
 * A refusal the acceptance page shows in its sign-off panel, with the service problem codes it
 * stands for; {@code projmsg} words each one under {@code acceptanceProblem_$CONSTANT}.
 */
public enum AcceptanceProblem {
  SUPERVISOR_FIRST,
  CUSTOMER_AWAITED,
  ALREADY_SIGNED,
  ALREADY_RELEASED,
  INSUFFICIENT_ESCROW,
  DISPUTE_OPEN,
  NOT_ACCEPTED;

  /** The problem a refusal becomes on the page; empty when the page does not show it. */
  static Optional<AcceptanceProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "supervisor-signs-first" -> SUPERVISOR_FIRST;
          case "customer-signature-awaited" -> CUSTOMER_AWAITED;
          case "already-signed" -> ALREADY_SIGNED;
          case "stage-already-released" -> ALREADY_RELEASED;
          case "insufficient-escrow" -> INSUFFICIENT_ESCROW;
          case "dispute-open" -> DISPUTE_OPEN;
          case "stage-not-accepted" -> NOT_ACCEPTED;
          default -> null;
        });
  }
}

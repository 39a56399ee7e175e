package dev.sitehub.cloud.evaluation;

import java.util.Optional;

/**
 * A refusal the evaluation page shows on a target, under a field or above its form, with the
 * service problem codes it stands for; {@code projmsg} words each one under {@code
 * evaluationProblem_$CONSTANT}.
 */
public enum EvaluationProblem {
  REQUIRED,
  SCORE,
  TEXT_TOO_LONG,
  NOT_OPEN,
  ALREADY_EVALUATED,
  NOT_TARGET,
  NOT_CUSTOMER,
  ALREADY_REPLIED;

  /** The problem a rating refusal becomes on the page; empty when the page does not show it. */
  static Optional<EvaluationProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "final-acceptance-required" -> NOT_OPEN;
          case "already-evaluated" -> ALREADY_EVALUATED;
          case "not-a-contract-party" -> NOT_TARGET;
          case "not-project-customer" -> NOT_CUSTOMER;
          case "already-replied" -> ALREADY_REPLIED;
          default -> null;
        });
  }
}

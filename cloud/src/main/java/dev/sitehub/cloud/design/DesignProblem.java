package dev.sitehub.cloud.design;

import java.util.Optional;

/**
 * A refusal the design page shows, under a comment form or above the proposals, with the service
 * problem codes it stands for; {@code projmsg} words each one under {@code
 * designProblem_$CONSTANT}.
 */
public enum DesignProblem {
  REQUIRED,
  COMMENT_TOO_LONG,
  CONFIRMED,
  NOT_CUSTOMER;

  /**
   * The problem a confirmation refusal becomes on the page; empty when the page does not show it.
   */
  static Optional<DesignProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "design-already-confirmed" -> CONFIRMED;
          case "not-project-customer" -> NOT_CUSTOMER;
          default -> null;
        });
  }
}

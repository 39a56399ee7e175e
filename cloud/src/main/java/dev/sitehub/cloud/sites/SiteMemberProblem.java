package dev.sitehub.cloud.sites;

import java.util.Optional;

/**
 * A refusal the site members page shows next to the username or above the list; {@code sitemsg}
 * words each one under {@code problem_$CONSTANT}.
 */
public enum SiteMemberProblem {
  REQUIRED,
  UNKNOWN_USER,
  CONTRACT_PARTY;

  /** The problem a service refusal becomes on the page; empty when the page does not show it. */
  static Optional<SiteMemberProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "unknown-user" -> UNKNOWN_USER;
          case "contract-party" -> CONTRACT_PARTY;
          default -> null;
        });
  }
}

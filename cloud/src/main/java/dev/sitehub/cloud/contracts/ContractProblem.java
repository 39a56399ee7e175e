package dev.sitehub.cloud.contracts;

import java.util.Optional;

/**
 * A refusal the contract page shows next to the signing form, with the service problem codes it
 * stands for; {@code projmsg} words each one under {@code contractProblem_$CONSTANT}.
 */
public enum ContractProblem {
  ALREADY_SIGNED,
  FILED,
  VERSION_SUPERSEDED,
  DOCUMENT_CHANGED,
  NOT_CONTRACT_PARTY;

  /** The problem a signing refusal becomes on the page; empty when the page does not show it. */
  static Optional<ContractProblem> of(String problemCode) {
    return Optional.ofNullable(
        switch (problemCode) {
          case "already-signed" -> ALREADY_SIGNED;
          case "contract-already-filed" -> FILED;
          case "version-superseded" -> VERSION_SUPERSEDED;
          case "document-mismatch", "invalid-signature" -> DOCUMENT_CHANGED;
          case "not-a-contract-party" -> NOT_CONTRACT_PARTY;
          default -> null;
        });
  }
}

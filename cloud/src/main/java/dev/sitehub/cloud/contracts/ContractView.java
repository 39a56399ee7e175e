package dev.sitehub.cloud.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A contract as its parties see it: the current version's terms and status, the hash of the
 * document to sign, who signed, which parties still must, the filing record, and the project.
 */
public record ContractView(
    String contractId,
    int version,
    VersionStatus status,
    ContractTerms terms,
    String documentSha256,
    List<Signature> signatures,
    List<String> awaitingParties,
    List<Filing> filings,
    String projectId) {

  /** The filing record (备案) of one version. */
  public record Filing(int version, String filingNumber, String fingerprint, Instant filedAt) {}
}

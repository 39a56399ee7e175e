package dev.sitehub.cloud.evidence;

import java.time.Instant;

/**
 * One link of a project's evidence chain as stored: {@code hashVersion} names the rule its hash was
 * computed by, and links of rule 2 carry the server's signature over the head they made.
 */
public record ChainLink(
    String projectId,
    long seq,
    RecordKind kind,
    String recordId,
    String recordHash,
    String prevHash,
    String linkHash,
    Instant appendedAt,
    int hashVersion,
    String keyId,
    String headSignature) {

  /**
   * The signed receipt of the head this link made, as one line for the party to keep, or null for a
   * link filed before heads were signed. The verifier catches a dropped tail with it.
   */
  public String receiptText() {
    HeadReceipt r = receipt();
    return r == null ? null : r.text();
  }

  /** The receipt of the head this link made, or null for a link filed before heads were signed. */
  HeadReceipt receipt() {
    return keyId == null || headSignature == null
        ? null
        : new HeadReceipt(projectId, seq, linkHash, appendedAt, keyId, headSignature);
  }
}

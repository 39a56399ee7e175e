package dev.sitehub.cloud.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A signed chain head as a party keeps it: the project, the head's position and hash, when it was
 * appended and the server's Ed25519 signature over all of that. Whoever holds one can later prove
 * the chain once reached that head, so a chain cut back to an earlier, self-consistent head is
 * caught. Its text form is one line of space-separated fields, safe to copy and paste.
 */
record HeadReceipt(
    String projectId,
    long seq,
    String linkHash,
    Instant appendedAt,
    String keyId,
    String signature) {
  static final String PREFIX = "sitehub-evidence-receipt/1";
  private static final String STATEMENT = "sitehub-evidence-head/1";

  /** The bytes the server signs: every field but the signature, under a fixed label. */
  byte[] statement() {
    return String.join(
            "\n", STATEMENT, projectId, Long.toString(seq), linkHash, appendedAt.toString(), keyId)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The receipt as one line for parties to keep. */
  String text() {
    return String.join(
        " ",
        PREFIX,
        projectId,
        Long.toString(seq),
        linkHash,
        appendedAt.toString(),
        keyId,
        signature);
  }

  /** The receipt in {@code text}, or empty when it is not one (any whitespace separates fields). */
  static Optional<HeadReceipt> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] f = text.strip().split("\\s+");
    if (f.length != 7 || !PREFIX.equals(f[0]) || !f[3].matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    try {
      long seq = Long.parseLong(f[2]);
      return seq < 1
          ? Optional.empty()
          : Optional.of(new HeadReceipt(f[1], seq, f[3], Instant.parse(f[4]), f[5], f[6]));
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

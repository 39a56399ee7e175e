package dev.sitehub.cloud.evidence;

/**
 * The verifier's answer: {@code intact} with the number of links checked, the head's hash and, when
 * the server signed that head, its receipt for parties to keep; or the first broken link (its
 * position, kind, record id), what is wrong ({@code problem}) and why in words ({@code reason}). A
 * dropped tail names the position a party's receipt proves and no record.
 */
public record ChainReport(
    String projectId,
    boolean intact,
    long links,
    Long brokenSeq,
    RecordKind brokenKind,
    String brokenRecordId,
    ChainProblem problem,
    String reason,
    String headHash,
    String receipt) {

  static ChainReport intact(String projectId, long links, String head, HeadReceipt receipt) {
    return new ChainReport(
        projectId,
        true,
        links,
        null,
        null,
        null,
        null,
        null,
        head,
        receipt == null ? null : receipt.text());
  }

  static ChainReport broken(
      String projectId, long links, ChainLink at, ChainProblem problem, String reason) {
    return new ChainReport(
        projectId, false, links, at.seq(), at.kind(), at.recordId(), problem, reason, null, null);
  }

  static ChainReport brokenAt(
      String projectId, long links, long seq, ChainProblem problem, String reason) {
    return new ChainReport(projectId, false, links, seq, null, null, problem, reason, null, null);
  }

  /** One line for logs and the command line. */
  public String summary() {
    if (intact) {
      return "intact: project "
          + projectId
          + ", "
          + links
          + " links, head "
          + headHash
          + (receipt == null ? ", head not signed" : ", head signed");
    }
    return "BROKEN at link "
        + brokenSeq
        + (brokenKind == null ? "" : " (" + brokenKind + " " + brokenRecordId + ")")
        + ": "
        + reason;
  }
}

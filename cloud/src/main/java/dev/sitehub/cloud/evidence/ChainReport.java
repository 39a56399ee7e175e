package dev.sitehub.cloud.evidence;

/**
 * The verifier's answer: {@code intact} with the number of links checked, or the first broken link
 * (its position, kind, record id and why it no longer matches).
 */
public record ChainReport(
    String projectId,
    boolean intact,
    long links,
    Long brokenSeq,
    RecordKind brokenKind,
    String brokenRecordId,
    String reason,
    String headHash) {

  static ChainReport intact(String projectId, long links, String head) {
    return new ChainReport(projectId, true, links, null, null, null, null, head);
  }

  static ChainReport broken(String projectId, long links, ChainLink at, String reason) {
    return new ChainReport(
        projectId, false, links, at.seq(), at.kind(), at.recordId(), reason, null);
  }

  /** One line for logs and the command line. */
  public String summary() {
    return intact
        ? "intact: project " + projectId + ", " + links + " links, head " + headHash
        : "BROKEN at link " + brokenSeq + " (" + brokenKind + " " + brokenRecordId + "): " + reason;
  }
}

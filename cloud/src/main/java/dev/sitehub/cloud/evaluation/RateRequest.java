package dev.sitehub.cloud.evaluation;

/** The customer's rating of one enterprise or named staff member, each score 1-5, with text. */
public record RateRequest(
    TargetKind targetKind,
    String targetId,
    int quality,
    int schedule,
    int communication,
    int tidiness,
    String text) {
  /** What is rated. */
  public enum TargetKind {
    ENTERPRISE,
    STAFF
  }
}

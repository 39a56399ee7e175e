package dev.sitehub.cloud.inspections;

import java.time.Instant;

/**
 * A failed item to put right: OPEN (the project manager's move) -> FIXED (the supervisor's move) ->
 * CLOSED, or back to OPEN when the supervisor rejects the fix.
 */
public record Rectification(
    String rectificationId,
    String projectId,
    int stageSeq,
    String inspectionId,
    String itemCode,
    String title,
    String state,
    String fixNote,
    String fixedBy,
    Instant fixedAt,
    String closedBy,
    Instant closedAt) {

  /** Whose court the ball is in. */
  @com.fasterxml.jackson.annotation.JsonProperty("ballWith")
  public String ballWith() {
    return switch (state) {
      case "OPEN" -> "PROJECT_MANAGER";
      case "FIXED" -> "SUPERVISOR";
      default -> "NOBODY";
    };
  }
}

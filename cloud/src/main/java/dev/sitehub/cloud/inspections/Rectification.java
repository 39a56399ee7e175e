package dev.sitehub.cloud.inspections;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A failed item to put right: OPEN (the project manager's move) -> FIXED (the supervisor's move) ->
 * CLOSED, or back to OPEN when the supervisor rejects the fix. {@code itemPhoto} says whether the
 * failed item was photographed at inspection; {@code fixes} lists every reported fix, oldest first.
 */
public record Rectification(
    String rectificationId,
    String projectId,
    int stageSeq,
    String inspectionId,
    String itemCode,
    String title,
    RectificationState state,
    String fixNote,
    String fixedBy,
    Instant fixedAt,
    String closedBy,
    Instant closedAt,
    boolean itemPhoto,
    List<RectificationFix> fixes) {

  /** The newest fix report, if any. */
  public Optional<RectificationFix> latestFix() {
    return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(fixes.size() - 1));
  }

  /** Whose court the ball is in. */
  @com.fasterxml.jackson.annotation.JsonProperty("ballWith")
  public BallWith ballWith() {
    return switch (state) {
      case OPEN -> BallWith.PROJECT_MANAGER;
      case FIXED -> BallWith.SUPERVISOR;
      case CLOSED -> BallWith.NOBODY;
    };
  }
}

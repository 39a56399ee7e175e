package dev.sitehub.cloud.acceptance;

import io.quarkus.qute.TemplateData;
import java.time.Instant;

/**
 * A criterion of a stage (stage 0: the final acceptance): declared by the supervisor, or applied by
 * default from the stage's type ({@code byDefault}); one turned off carries who turned it off, when
 * and why, and is no longer evaluated.
 */
@TemplateData
public record Criterion(
    String criterionId,
    String projectId,
    int stageSeq,
    CriterionKind kind,
    String sensorId,
    Instant startedAt,
    Integer hours,
    String declaredBy,
    boolean byDefault,
    String offReason,
    String offBy,
    Instant offAt) {
  /** A criterion the supervisor declared, in force. */
  public Criterion(
      String criterionId,
      String projectId,
      int stageSeq,
      CriterionKind kind,
      String sensorId,
      Instant startedAt,
      Integer hours,
      String declaredBy) {
    this(
        criterionId,
        projectId,
        stageSeq,
        kind,
        sensorId,
        startedAt,
        hours,
        declaredBy,
        false,
        null,
        null,
        null);
  }

  /** Whether the criterion is in force (not turned off). */
  public boolean active() {
    return offAt == null;
  }
}

package dev.sitehub.cloud.acceptance;

import java.time.Instant;
import java.util.List;

/**
 * The evidence bundle of one stage's acceptance (stage 0: final): criteria verdicts with their
 * data, the inspection it rests on, the stage's camera stills, any override, and the two signatures
 * in order.
 */
public record AcceptanceRecord(
    String recordId,
    String projectId,
    int stageSeq,
    AcceptanceState state,
    List<CriterionResult> criteria,
    String inspectionId,
    String overrideBy,
    String overrideReason,
    String supervisorId,
    Instant supervisorSignedAt,
    String customerId,
    Instant customerSignedAt,
    Instant createdAt,
    List<StageStill> stills) {
  public AcceptanceRecord {
    criteria = List.copyOf(criteria);
    stills = List.copyOf(stills);
  }
}

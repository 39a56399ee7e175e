package dev.sitehub.cloud.acceptance;

import java.time.Instant;

/** A declared criterion of a stage (stage 0: the final acceptance). */
public record Criterion(
    String criterionId,
    String projectId,
    int stageSeq,
    CriterionKind kind,
    String sensorId,
    Instant startedAt,
    Integer hours,
    String declaredBy) {}

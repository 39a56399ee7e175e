package dev.sitehub.cloud.evaluation;

import java.time.Instant;

/** A stored evaluation and its reply, if any. */
public record EvaluationView(
    String evaluationId,
    String projectId,
    String authorId,
    String targetKind,
    String targetId,
    String enterpriseId,
    int quality,
    int schedule,
    int communication,
    int tidiness,
    String text,
    Instant createdAt,
    String reply,
    String repliedBy,
    Instant repliedAt) {}

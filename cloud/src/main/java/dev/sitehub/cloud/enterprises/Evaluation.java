package dev.sitehub.cloud.enterprises;

/**
 * One customer's evaluation of an enterprise, as the lifecycle feature reports it; {@code
 * evaluationId} makes reporting idempotent.
 */
public record Evaluation(
    String evaluationId, String enterpriseId, int stars, String projectId, String authorId) {}

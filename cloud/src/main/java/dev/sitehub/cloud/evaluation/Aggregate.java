package dev.sitehub.cloud.evaluation;

/** Mean scores of one enterprise or staff member over all their evaluations. */
public record Aggregate(
    String targetKind,
    String targetId,
    long count,
    double quality,
    double schedule,
    double communication,
    double tidiness,
    double overall) {}

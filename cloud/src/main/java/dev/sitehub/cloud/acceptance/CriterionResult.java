package dev.sitehub.cloud.acceptance;

/**
 * One criterion's verdict with the window it looked at, why ({@link Finding}) and the measured
 * facts behind it, all as data so anyone can see why and each page can say it in the viewer's
 * language.
 */
public record CriterionResult(
    String criterionId,
    CriterionKind kind,
    String sensorId,
    Verdict verdict,
    Finding finding,
    String from,
    String to,
    CriterionData data) {}

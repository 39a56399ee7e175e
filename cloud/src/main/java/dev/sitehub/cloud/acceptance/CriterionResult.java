package dev.sitehub.cloud.acceptance;

import java.util.Map;

/**
 * One criterion's verdict with the window it looked at and the data behind it (counts, extremes,
 * the first offending reading), so anyone can see why.
 */
public record CriterionResult(
    String criterionId,
    CriterionKind kind,
    String sensorId,
    Verdict verdict,
    String from,
    String to,
    String detail,
    Map<String, Object> data) {
  public CriterionResult {
    data = Map.copyOf(data);
  }
}

package dev.sitehub.cloud.acceptance;

/**
 * The telemetry-backed acceptance checks (DOMAIN.md, "Acceptance checks that telemetry can
 * support").
 */
public enum CriterionKind {
  /** 闭水试验: the leak sensor dry for the whole window. */
  CLOSED_WATER,
  /** 打压测试: the pressure drop over the test window within the limit. */
  PRESSURE,
  /** Temperature and humidity within the curing window. */
  CURING,
  /** Indoor air below the GB 50325 limits before hand-over. */
  INDOOR_AIR
}

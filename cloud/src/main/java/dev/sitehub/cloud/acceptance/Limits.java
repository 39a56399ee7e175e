package dev.sitehub.cloud.acceptance;

import java.time.Duration;

/**
 * The numbers the criteria use, all configurable (defaults from DOMAIN.md): how wet is wet, the
 * longest gap between readings that still counts as covered, the pressure test, the curing window
 * and the indoor air limits.
 */
public record Limits(
    double leakWetThreshold,
    Duration maxGap,
    Duration pressureWindow,
    double pressureMinMpa,
    double pressureMaxDropMpa,
    double curingMinC,
    double curingMaxC,
    double curingMaxRh,
    double formaldehydeMax,
    double tvocMax) {

  /** The DOMAIN.md defaults. */
  public static Limits defaults() {
    return new Limits(
        0.5, Duration.ofMinutes(30), Duration.ofMinutes(30), 0.6, 0.05, 5, 35, 85, 0.07, 0.45);
  }
}

package dev.sitehub.cloud.acceptance;

import java.util.Locale;

/**
 * The facts a criterion's verdict can carry, one per component of {@link CriterionData} (bar the
 * legacy text), so the page labels each through a message the build checks ({@code accmsg:fact}).
 */
public enum CriterionFact {
  READINGS,
  REQUIRED_HOURS,
  REQUIRED_MINUTES,
  WET_READINGS,
  LAST_WET_AT,
  DRY_MINUTES,
  LARGEST_GAP_MINUTES,
  MIN_TEST_MPA,
  MAX_DROP_MPA,
  START_MPA,
  MIN_MPA,
  DROP_MPA,
  TEMPERATURE_READINGS,
  HUMIDITY_READINGS,
  BREACHES,
  FIRST_BREACH_AT,
  FIRST_BREACH_VALUE,
  FIRST_BREACH_MEASURE,
  CURING_MIN_C,
  CURING_MAX_C,
  CURING_MAX_RH,
  FORMALDEHYDE_READINGS,
  TVOC_READINGS,
  FORMALDEHYDE_MEAN_MG_M3,
  FORMALDEHYDE_MAX,
  TVOC_MEAN_MG_M3,
  TVOC_MAX;

  /** The fact named by a {@link CriterionData} component ("firstBreachAt" is FIRST_BREACH_AT). */
  static CriterionFact ofComponent(String component) {
    return valueOf(component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
  }
}

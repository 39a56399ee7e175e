package dev.sitehub.cloud.acceptance;

/**
 * Why a criterion got its verdict, stored as data; pages turn it and the criterion's facts into a
 * sentence in the viewer's language.
 */
public enum Finding {
  /** Closed water: the latest leak reading is wet. */
  LEAK_WET,
  /** Closed water: dry so far, but not yet for the required time. */
  DRY_SO_FAR,
  /** Closed water: dry long enough, but with a gap in the readings longer than allowed. */
  READINGS_GAP,
  /** Closed water: dry for the whole required time. */
  DRY_HELD,
  /** Pressure: the test window has not ended. */
  PRESSURE_WINDOW_OPEN,
  /** Pressure: too few readings, or too long a gap, in the test window. */
  PRESSURE_FEW_READINGS,
  /** Pressure: the test started below the required test pressure. */
  PRESSURE_BELOW_TEST,
  /** Pressure: the drop over the window, within or beyond the limit (see the verdict). */
  PRESSURE_DROP,
  /** Curing: readings outside the curing limits. */
  CURING_BREACHED,
  /** Curing: the curing window has not ended. */
  CURING_WINDOW_OPEN,
  /** Curing: temperature or humidity readings missing in the window. */
  CURING_READINGS_MISSING,
  /** Curing: every reading within the limits. */
  CURING_WITHIN,
  /** Indoor air: no formaldehyde or TVOC reading. */
  AIR_NO_READINGS,
  /** Indoor air: the means within the GB 50325 limits. */
  AIR_WITHIN,
  /** Indoor air: a mean above its limit. */
  AIR_OVER,
  /** A verdict stored before findings were data whose English text could not be converted. */
  LEGACY
}

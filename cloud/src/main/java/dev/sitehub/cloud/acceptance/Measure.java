package dev.sitehub.cloud.acceptance;

/** What a curing reading measured, so its value can be shown with its unit. */
public enum Measure {
  /** Air temperature in degrees Celsius. */
  TEMPERATURE_C,
  /** Relative humidity in percent. */
  HUMIDITY_RH
}

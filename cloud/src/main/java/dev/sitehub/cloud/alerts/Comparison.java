package dev.sitehub.cloud.alerts;

/** Which side of a threshold's limit is a breach. */
public enum Comparison {
  ABOVE,
  BELOW;

  boolean breaches(double value, double limit) {
    return this == ABOVE ? value > limit : value < limit;
  }
}

package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateEnum;

/** How urgent an alert is; declared from most to least urgent. */
@TemplateEnum
public enum Severity {
  CRITICAL,
  MAJOR,
  MINOR,
  WARNING;

  /** True when this severity is at least as urgent as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}

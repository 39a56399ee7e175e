package dev.sitehub.cloud.alerts;

/** The alert lifecycle: open, then acknowledged by a person, then resolved. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}

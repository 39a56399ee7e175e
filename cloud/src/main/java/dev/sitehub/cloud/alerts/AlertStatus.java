package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateEnum;

/** The alert lifecycle: open, then acknowledged by a person, then resolved. */
@TemplateEnum
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}

package dev.sitehub.cloud.inspections;

import io.quarkus.qute.TemplateEnum;

/**
 * Whose move a rectification task waits for: the project manager fixes, the supervisor verifies.
 */
@TemplateEnum
public enum BallWith {
  /** OPEN: the project manager reports a fix. */
  PROJECT_MANAGER,
  /** FIXED: the supervisor closes or reopens. */
  SUPERVISOR,
  /** CLOSED: nobody. */
  NOBODY
}

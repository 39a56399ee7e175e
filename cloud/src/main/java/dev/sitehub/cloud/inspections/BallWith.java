package dev.sitehub.cloud.inspections;

import io.quarkus.qute.TemplateEnum;

/** Whose turn a rectification task is: the project manager fixes, the supervisor verifies. */
@TemplateEnum
public enum BallWith {
  PROJECT_MANAGER,
  SUPERVISOR,
  NOBODY
}

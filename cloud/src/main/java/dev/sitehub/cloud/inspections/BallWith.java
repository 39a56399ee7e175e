package dev.sitehub.cloud.inspections;

/** Whose move a rectification task waits for. */
public enum BallWith {
  /** OPEN: the project manager reports a fix. */
  PROJECT_MANAGER,
  /** FIXED: the supervisor closes or reopens. */
  SUPERVISOR,
  /** CLOSED: nobody. */
  NOBODY
}

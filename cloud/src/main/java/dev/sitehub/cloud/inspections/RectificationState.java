package dev.sitehub.cloud.inspections;

/**
 * A rectification task: OPEN waits for the project manager's fix, FIXED for the supervisor's check,
 * CLOSED takes no more moves (a reopened task is OPEN again).
 */
public enum RectificationState {
  OPEN,
  FIXED,
  CLOSED
}

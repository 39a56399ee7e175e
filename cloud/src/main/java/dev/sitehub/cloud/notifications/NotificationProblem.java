package dev.sitehub.cloud.notifications;

/**
 * A refusal the notification preferences form shows next to its field; {@code notemsg} words each
 * one under {@code problem_$CONSTANT}.
 */
public enum NotificationProblem {
  EMAIL_ADDRESS,
  SEVERITY
}

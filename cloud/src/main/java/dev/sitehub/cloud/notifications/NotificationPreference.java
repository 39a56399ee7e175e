package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;

/**
 * How one user wants to hear about alerts: live push, e-mail (to {@code emailAddress}), and only
 * alerts at least as urgent as {@code minSeverity}. Escalations ignore {@code minSeverity}.
 */
public record NotificationPreference(
    String userId, boolean push, boolean email, String emailAddress, Severity minSeverity) {

  /** What a user who never set preferences gets: push for everything, no e-mail. */
  public static NotificationPreference defaultFor(String userId) {
    return new NotificationPreference(userId, true, false, null, Severity.WARNING);
  }
}

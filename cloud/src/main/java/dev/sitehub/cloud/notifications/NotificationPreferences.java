package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * A user's own notification preferences, read and replaced with one set of rules for the API and
 * the portal: push, e-mail and the least severity are required, and e-mail needs an address.
 */
@ApplicationScoped
public class NotificationPreferences {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
  private final PreferenceRepository preferences;

  NotificationPreferences(PreferenceRepository preferences) {
    this.preferences = preferences;
  }

  /** The user's preferences, or the defaults if never set. */
  public NotificationPreference of(String userId) {
    return preferences.find(userId);
  }

  /** Whether {@code address} looks like an e-mail address the mailer can use. */
  public static boolean validAddress(String address) {
    return address != null && EMAIL.matcher(address).matches();
  }

  /** Replaces the user's preferences; a missing value or e-mail without an address is a 400. */
  public NotificationPreference replace(
      String userId, Boolean push, Boolean email, String emailAddress, Severity minSeverity) {
    if (push == null || email == null || minSeverity == null) {
      throw ProblemException.badRequest(
          "invalid-preferences", "push, email and minSeverity are required");
    }
    if (email && !validAddress(emailAddress)) {
      throw ProblemException.badRequest(
          "invalid-preferences", "a valid emailAddress is required when email is on");
    }
    NotificationPreference p =
        new NotificationPreference(userId, push, email, emailAddress, minSeverity);
    preferences.save(p);
    return p;
  }
}

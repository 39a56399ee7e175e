package dev.sitehub.cloud.notifications;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The notification preferences page's texts in English; notemsg_zh_CN.properties holds the Chinese
 * ones under the same keys.
 */
@MessageBundle(value = "notemsg", locale = "en")
public interface NotificationMessages {
  @Message("Notifications")
  String title();

  @Message("How you hear about alerts on your sites. Escalations reach you whatever you set here.")
  String intro();

  @Message("Live notifications in the portal")
  String push();

  @Message("E-mail")
  String email();

  @Message("E-mail address")
  String emailAddress();

  @Message("Only alerts at least this urgent")
  String minSeverity();

  @Message("Save")
  String save();

  @Message("Your notification preferences are saved.")
  String saved();

  @Message("Notification settings")
  String link();

  /** Why the form came back; notemsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(NotificationProblem problem);
}

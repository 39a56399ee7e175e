package dev.sitehub.cloud.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit trail's texts in English; auditmsg_zh_CN.properties holds the Chinese ones, and
 * auditmsg*.properties the texts of each {@link AuditAction}.
 */
@MessageBundle(value = "auditmsg", locale = "en")
public interface AuditMessages {
  @Message("Audit log")
  String title();

  @Message(
      "Who did what and when: signatures, payments, memberships, verifications, boxes and settings. Nobody can change or delete an entry.")
  String intro();

  @Message("Project audit trail")
  String projectTitle();

  @Message("All actions")
  String allActions();

  @Message("Show")
  String filter();

  @Message("Time (Beijing)")
  String time();

  @Message("Who")
  String actor();

  @Message("What")
  String action();

  @Message("On")
  String subject();

  @Message("Details")
  String detail();

  @Message("The system")
  String system();

  @Message("Nothing recorded yet.")
  String empty();

  /** What was done. */
  @Message
  String act(AuditAction action);
}

package dev.sitehub.cloud.consultation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the homeowner's inquiry pages in English; inqmsg_zh_CN.properties holds Chinese. */
@MessageBundle(value = "inqmsg", locale = "en")
public interface InquiryMessages {
  @Message("My inquiries")
  String title();

  @Message("You have not asked any company yet. Find one in the enterprise library.")
  String none();

  @Message("Enterprise library")
  String library();

  @Message("Ask {name}")
  String askTitle(String name);

  @Message("Ask")
  String askButton();

  @Message("Subject")
  String subject();

  @Message("Your question")
  String body();

  @Message("Send inquiry")
  String send();

  @Message("Waiting for a reply")
  String open();

  @Message("Answered")
  String answered();

  @Message("Closed")
  String closed();

  @Message("Asked")
  String askedAt();

  @Message("You")
  String fromYou();

  @Message("Your reply")
  String replyLabel();

  @Message("Send reply")
  String replyButton();

  @Message("Inquiry sent. The company's reply appears here.")
  String sent();

  @Message("All inquiries")
  String back();

  /** Why an inquiry form came back; inqmsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(InquiryProblem problem);
}

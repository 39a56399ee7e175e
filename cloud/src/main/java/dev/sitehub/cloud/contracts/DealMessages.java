package dev.sitehub.cloud.contracts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the portal's contract list and draft form in English; dealmsg_zh_CN.properties holds
 * the Chinese ones under the same keys.
 */
@MessageBundle(value = "dealmsg", locale = "en")
public interface DealMessages {
  @Message("My contracts")
  String listTitle();

  @Message("No contract yet.")
  String none();

  @Message("Awaiting your signature")
  String awaitingYou();

  @Message("Contracts awaiting your signature: {count}")
  String awaitingNotice(int count);

  @Message("Draft")
  String draft();

  @Message("Signing")
  String signing();

  @Message("Filed")
  String filed();

  @Message("Open")
  String open();

  @Message("Draft a contract")
  String draftTitle();

  @Message("Draft a contract from this inquiry")
  String draftFromInquiry();

  @Message("Customer")
  String customer();

  @Message("Title")
  String title();

  @Message("Site name")
  String siteName();

  @Message("Site address")
  String siteAddress();

  @Message("Scope of work")
  String scope();

  @Message("Total (yuan)")
  String total();

  @Message("Start date")
  String startDate();

  @Message("End date")
  String endDate();

  @Message("Project manager")
  String projectManager();

  @Message("Choose a project manager")
  String chooseManager();

  @Message("Payment stages (optional)")
  String stages();

  @Message(
      "One stage per line: its name, a space and its share in percent, for example \"Plumbing 40\". The shares add up to 100. Leave empty for the standard stages.")
  String stagesHint();

  @Message("Save the draft")
  String saveDraft();

  /** Why the draft form came back; dealmsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(DraftProblem problem);

  @Message("Open or download the file")
  String openFile();
}

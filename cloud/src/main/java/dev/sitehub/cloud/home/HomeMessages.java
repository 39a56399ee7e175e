package dev.sitehub.cloud.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the role homes' "needs you now" sections in English; homemsg_zh_CN.properties holds
 * the Chinese ones under the same keys.
 */
@MessageBundle(value = "homemsg", locale = "en")
public interface HomeMessages {
  @Message("Needs you now")
  String now();

  @Message("Nothing waits for you right now.")
  String nothing();

  @Message("Welcome! Start your renovation")
  String newTitle();

  @Message(
      "You have no renovation project yet. Choose a verified decoration company (and, if you like, a designer and a supervisor) in the enterprise library, send them an inquiry, and sign the contract they draft for you: your project, its stages and the site camera appear here once the contract is filed.")
  String newIntro();

  @Message("Browse the enterprise library")
  String newLink();

  @Message("Contracts to sign")
  String contractsToSign();

  @Message("Read and sign")
  String readAndSign();

  @Message("Current stage:")
  String currentStage();

  @Message("{accepted} of {stages} stages accepted")
  String progress(int accepted, int stages);

  @Message("All stages accepted")
  String allAccepted();

  @Message("Stages not planned yet")
  String noStages();

  @Message("Today on site")
  String todayOnSite();

  @Message("Site still taken {at}")
  String stillAlt(String at);

  @Message("No camera still yet")
  String noStill();

  @Message("{count} open alerts")
  String openAlerts(int count);

  @Message("No open alerts")
  String noAlerts();

  @Message("Next payment: {stage}, {amount}")
  String nextPayment(String stage, String amount);

  @Message("(ready for you to release)")
  String releasable();

  @Message("(due when this stage is accepted)")
  String dueAtAcceptance();

  @Message("No payment due")
  String noPayment();

  @Message("{count} acceptances to sign")
  String acceptancesToSign(int count);

  @Message("A design waits for your confirmation")
  String designToConfirm();

  @Message("Open the project")
  String openProject();

  @Message("Open the stage")
  String openStage();

  @Message("See the alerts")
  String seeAlerts();

  @Message("Confirm the design")
  String openDesign();

  @Message("Your enterprise: {name}")
  String company(String name);

  @Message("{count} open inquiries")
  String openInquiries(int count);

  @Message("{count} contract drafts")
  String drafts(int count);

  @Message("{active} staff, {invited} invited")
  String staff(int active, int invited);

  @Message("Answer inquiries")
  String toInquiries();

  @Message("Contracts and projects")
  String toProjects();

  @Message("Profile and staff")
  String toStaff();

  @Message("Boxes that need you")
  String boxesTitle();

  @Message("All your boxes are online and up to date.")
  String boxesFine();

  @Message("offline since {at}")
  String offlineSince(String at);

  @Message("never seen")
  String neverSeen();

  @Message("agent {version} is behind {newest}")
  String behind(String version, String newest);

  @Message("Open my boxes")
  String toFleet();

  @Message("Queues")
  String queues();

  @Message("{count} enterprises await verification")
  String pendingVerification(int count);

  @Message("{count} disputes await arbitration")
  String openDisputes(int count);

  @Message("Verify enterprises")
  String toVerification();

  @Message("Arbitrate disputes")
  String toDisputes();
}

package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.acceptance.AcceptanceProblem;
import dev.sitehub.cloud.acceptance.AcceptanceState;
import dev.sitehub.cloud.acceptance.Verdict;
import dev.sitehub.cloud.contracts.ContractProblem;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.contracts.VersionStatus;
import dev.sitehub.cloud.design.DesignProblem;
import dev.sitehub.cloud.evaluation.EvaluationProblem;
import dev.sitehub.cloud.evaluation.RateRequest;
import dev.sitehub.cloud.evaluation.ScoreAspect;
import dev.sitehub.cloud.inspections.ItemResult;
import dev.sitehub.cloud.messaging.MessageProblem;
import dev.sitehub.cloud.milestones.MilestoneState;
import dev.sitehub.cloud.settlement.DepositProblem;
import dev.sitehub.cloud.settlement.TxnKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the project pages (timeline, acceptance sign-off, payments, contract signing, design
 * confirmation, evaluation) in English; projmsg_zh_CN.properties holds the Chinese ones under the
 * same keys.
 */
@MessageBundle(value = "projmsg", locale = "en")
public interface ProjectMessages {
  @Message("My projects")
  String projectsTitle();

  @Message("No project yet. Projects appear here once a contract is signed by all parties.")
  String noProjects();

  @Message("{accepted} of {total} stages accepted")
  String progress(int accepted, int total);

  @Message("Current stage")
  String currentStage();

  @Message("All stages accepted")
  String allAccepted();

  @Message("{count} acceptance(s) await your signature")
  String awaitingYou(int count);

  @Message("Open timeline")
  String openProject();

  @Message("Timeline")
  String timeline();

  @Message("Project")
  String project();

  @Message("Stage {seq}")
  String stage(int seq);

  @Message("Final acceptance")
  String finalAcceptance();

  @Message("Planned")
  String planned();

  @Message("Actual")
  String actual();

  @Message("Overdue")
  String overdue();

  @Message("Inspections")
  String inspections();

  @Message("No inspection yet.")
  String noInspections();

  @Message("Passed")
  String passed();

  @Message("Failed")
  String failed();

  @Message("Photo of {title}")
  String itemPhoto(String title);

  @Message("Item")
  String item();

  @Message("Result")
  String result();

  @Message("Note")
  String note();

  @Message("Acceptance")
  String acceptance();

  @Message("No acceptance record yet.")
  String noAcceptance();

  @Message("Telemetry criteria")
  String criteria();

  @Message("No telemetry criterion declared.")
  String noCriteria();

  @Message("Window")
  String window();

  @Message("Data")
  String data();

  @Message("Based on inspection")
  String inspectionRef();

  @Message("Operator override")
  String override();

  @Message("Camera stills")
  String snapshots();

  @Message("No camera still in the two days before.")
  String noSnapshots();

  @Message("Still from camera {camera} at {time}")
  String snapshotAlt(String camera, String time);

  @Message("Signatures")
  String signatures();

  @Message("Supervisor")
  String supervisorSignature();

  @Message("Homeowner")
  String customerSignature();

  @Message("not signed yet")
  String notSigned();

  @Message(
      "Evidence receipt: keep this line. It proves the signed record entered the evidence chain,"
          + " and the verifier checks the chain still holds it.")
  String evidenceReceipt();

  @Message("Open acceptance")
  String openAcceptance();

  @Message("Payments")
  String payments();

  @Message("Contract total")
  String contractTotal();

  @Message("Deposited")
  String deposited();

  @Message("Held in escrow")
  String escrow();

  @Message("Retention held")
  String retention();

  @Message("Paid to the contractor")
  String releasedTotal();

  @Message("Refunded")
  String refunded();

  @Message("A dispute is open: payments are frozen until the operator decides.")
  String disputeOpen();

  @Message("Stage payments")
  String stagePayments();

  @Message("Payable on acceptance")
  String payable();

  @Message("Retained")
  String retained();

  @Message("Payment")
  String paymentState();

  @Message("Released")
  String released();

  @Message("Not released")
  String notReleased();

  @Message("Transactions")
  String transactions();

  @Message("No transaction yet.")
  String noTransactions();

  @Message("Kind")
  String kind();

  @Message("Amount")
  String amount();

  @Message("Time")
  String time();

  @Message("Deposit into escrow")
  String depositTitle();

  @Message("Amount (yuan)")
  String amountYuan();

  @Message("For example 20000 or 20000.50")
  String amountHint();

  @Message("Deposit")
  String depositButton();

  @Message("Sign the acceptance")
  String signTitle();

  @Message("As the supervisor you sign first, confirming the evidence above.")
  String signIntroSupervisor();

  @Message("The supervisor has signed. Your signature accepts this stage.")
  String signIntroCustomer();

  @Message("Sign acceptance")
  String signButton();

  @Message("Sign this acceptance? A signature cannot be withdrawn.")
  String signConfirm();

  @Message("Waiting for the supervisor to sign first.")
  String waitingSupervisor();

  @Message("Waiting for the homeowner to sign.")
  String waitingCustomer();

  @Message("Stage payment")
  String releaseTitle();

  @Message(
      "Release {amount} to the decoration company; {retained} stays retained until the warranty ends.")
  String releaseIntro(String amount, String retained);

  @Message("Release payment")
  String releaseButton();

  @Message("Release this stage's payment to the decoration company?")
  String releaseConfirm();

  @Message("Payment released")
  String paymentReleased();

  @Message("Payment not released yet")
  String paymentPending();

  @Message("Back to the timeline")
  String backToProject();

  @Message("Site readings and cameras")
  String siteLive();

  @Message("Messages")
  String messages();

  @Message("No message yet.")
  String noMessages();

  @Message("You")
  String you();

  @Message("New message")
  String newMessage();

  @Message("Send")
  String send();

  @Message("Contract")
  String contract();

  @Message("Version {version}")
  String contractVersion(int version);

  @Message("Scope")
  String scope();

  @Message("Period")
  String period();

  @Message("Parties")
  String parties();

  @Message("signed")
  String partySigned();

  @Message("Share")
  String share();

  @Message("Read the full contract document")
  String readDocument();

  @Message("Signature and filing")
  String contractSignTitle();

  @Message("Document fingerprint (SHA-256)")
  String fingerprint();

  @Message("Filing number")
  String filingNumber();

  @Message("Your signature covers exactly the document with the fingerprint above.")
  String contractSignIntro();

  @Message("Sign the contract")
  String contractSignButton();

  @Message("Sign this contract version? A signature cannot be withdrawn.")
  String contractSignConfirm();

  @Message("You have signed this version.")
  String youSigned();

  @Message("Design")
  String design();

  @Message("No design proposal yet.")
  String noProposals();

  @Message("Version {version}")
  String proposalVersion(int version);

  @Message("Confirmed")
  String confirmedBadge();

  @Message("Version {version} is the confirmed design.")
  String designConfirmed(int version);

  @Message("File")
  String file();

  @Message("Comments")
  String comments();

  @Message("No comment yet.")
  String noComments();

  @Message("Your comment")
  String addComment();

  @Message("Comment")
  String commentButton();

  @Message("Confirm this version")
  String confirmButton();

  @Message("Confirm this version as the design? Only one version can be confirmed.")
  String confirmDesignConfirm();

  @Message("Evaluation")
  String evaluation();

  @Message("Evaluation opens once the final acceptance is signed.")
  String evaluationNotOpen();

  @Message("The contract names nobody to evaluate.")
  String noTargets();

  @Message("Score each from 1 (poor) to 5 (excellent).")
  String scoreHint();

  @Message("Quality")
  String quality();

  @Message("Schedule")
  String schedule();

  @Message("Communication")
  String communication();

  @Message("Tidiness")
  String tidiness();

  @Message("Your review")
  String evaluationText();

  @Message("Submit evaluation")
  String rateButton();

  @Message("Reply from the company")
  String reply();

  @Message("No reply yet.")
  String noReply();

  /** An inspected item's outcome. */
  @Message
  String outcome(ItemResult.Outcome outcome);

  /** A stage's state. */
  @Message
  String state(MilestoneState state);

  /** An acceptance criterion's verdict. */
  @Message
  String verdict(Verdict verdict);

  /** An acceptance record's state. */
  @Message
  String record(AcceptanceState value);

  /** A ledger transaction's kind. */
  @Message
  String txn(TxnKind txn);

  /** A contract version's status. */
  @Message
  String contractStatus(VersionStatus status);

  /** What an evaluation rates. */
  @Message
  String target(RateRequest.TargetKind target);

  /** A contract party's kind. */
  @Message
  String party(PartyKind party);

  /** A refusal the contract page shows. */
  @Message
  String contractProblem(ContractProblem problem);

  /** A refusal the acceptance page shows. */
  @Message
  String acceptanceProblem(AcceptanceProblem problem);

  /** A refusal the deposit form shows. */
  @Message
  String depositProblem(DepositProblem problem);

  /** Why the message form refused what was typed. */
  @Message
  String messageProblem(MessageProblem problem);

  /** A refusal the design page shows. */
  @Message
  String designProblem(DesignProblem problem);

  /** A refusal the evaluation page shows. */
  @Message
  String evaluationProblem(EvaluationProblem problem);

  /** What an evaluation scores, as its form field is labelled. */
  @Message
  String aspect(ScoreAspect aspect);

  // --- sitetasks (issue 18 item 2): the company's reply to an evaluation
  @Message("Your company's reply")
  String replyLabel();

  @Message("Send the reply")
  String replyButton();

  // branch domain: stage types (issue 18)

  @Message("Stage type")
  String stageTypeLabel();

  @Message("Not specified")
  String noStageType();

  /** The kind of work a contract stage covers. */
  @Message
  String stageType(StageType stageType);

  // branch wechatpay: the WeChat Pay checkout
  @Message("How to pay")
  String payChannel();

  @Message("Scan a QR code (computer)")
  String channelNative();

  @Message("WeChat Pay on this phone")
  String channelH5();

  @Message("Pay your deposit")
  String checkoutTitle();

  @Message("Scan this code with WeChat to pay {amount} yuan into escrow.")
  String checkoutScan(String amount);

  @Message("Open WeChat Pay to pay {amount} yuan into escrow.")
  String checkoutOpen(String amount);

  @Message("Open WeChat Pay")
  String checkoutOpenButton();

  @Message("Paid: the deposit is in escrow.")
  String checkoutPaid();

  @Message("Waiting for WeChat Pay to confirm the payment. Reload this page after paying.")
  String checkoutWaiting();
}

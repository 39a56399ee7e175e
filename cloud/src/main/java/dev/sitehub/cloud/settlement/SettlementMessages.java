package dev.sitehub.cloud.settlement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The ledger page's texts (open a dispute, release the retention, refund) in English;
 * setmsg_zh_CN.properties holds the Chinese ones under the same keys.
 */
@MessageBundle(value = "setmsg", locale = "en")
public interface SettlementMessages {
  @Message("Disputes, retention and refunds")
  String ledgerTitle();

  @Message("Disputes, retention and refunds")
  String ledgerLink();

  @Message("Back to the project")
  String backToProject();

  @Message("In escrow")
  String escrow();

  @Message("Retention held")
  String retention();

  @Message("A dispute is open: payments are frozen until the operator decides it.")
  String disputeOpen();

  @Message("Open a dispute")
  String disputeTitle();

  @Message(
      "Something is wrong with the work or the money? Say what. The operator looks into it, and"
          + " no payment moves until it is decided.")
  String disputeIntro();

  @Message("What is the dispute about?")
  String reason();

  @Message("Open the dispute")
  String disputeButton();

  @Message("Release the retention")
  String retentionTitle();

  @Message(
      "The retention is paid to the contractor once the warranty after the final acceptance is"
          + " over.")
  String retentionIntro();

  @Message("Release the retention")
  String retentionButton();

  @Message("Refund to the homeowner")
  String refundTitle();

  @Message("Pays money held in escrow back to the homeowner.")
  String refundIntro();

  @Message("Amount (yuan)")
  String amount();

  @Message("Reason (optional)")
  String refundReason();

  @Message("Refund")
  String refundButton();

  @Message("Your role on this project offers no payment action here.")
  String nothingToDo();

  @Message("The dispute is open. The operator will look into it.")
  String doneDispute();

  @Message("The retention was released to the contractor.")
  String doneRetention();

  @Message("The refund was posted.")
  String doneRefund();

  /** Why a ledger form came back; setmsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(LedgerProblem problem);
}

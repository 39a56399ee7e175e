package dev.sitehub.cloud.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of the PDFs people keep (acceptance record, payment statement) and their download
 * links, in English; docmsg_zh_CN.properties holds the Chinese ones.
 */
@MessageBundle(value = "docmsg", locale = "en")
public interface DocumentMessages {
  @Message("Stage acceptance record")
  String acceptanceHeading();

  @Message("Payment statement")
  String statementHeading();

  @Message("Project")
  String project();

  @Message("Site")
  String site();

  @Message("Stage")
  String stage();

  @Message("Record")
  String record();

  @Message("Criterion")
  String criterion();

  @Message("Sensor")
  String sensor();

  @Message("Verdict")
  String verdict();

  @Message("Evidence")
  String evidence();

  @Message("Inspection checklist")
  String checklist();

  @Message("Item")
  String item();

  @Message("Result")
  String result();

  @Message("Note")
  String note();

  @Message("Camera stills")
  String stills();

  @Message("Camera {camera}, {at}")
  String still(String camera, String at);

  @Message("SHA-256 of the frozen copy")
  String stillHash();

  @Message("Signatures")
  String signatures();

  @Message("Supervisor")
  String supervisor();

  @Message("Homeowner")
  String homeowner();

  @Message("Contractor")
  String contractor();

  @Message("Evidence chain")
  String chain();

  @Message(
      "The record is a link in the project's evidence chain. The receipt below is signed by the platform's evidence key; check it on the platform's verifier page.")
  String chainIntro();

  @Message("Not yet in the evidence chain: the record is filed when both have signed.")
  String chainPending();

  @Message("Contract total")
  String total();

  @Message("Deposited")
  String deposited();

  @Message("In escrow")
  String escrow();

  @Message("Retention held")
  String retention();

  @Message("Released to the contractor")
  String released();

  @Message("Refunded")
  String refunded();

  @Message("Stages")
  String stages();

  @Message("Payable")
  String payable();

  @Message("Retained")
  String retained();

  @Message("State")
  String state();

  @Message("Released")
  String stageReleased();

  @Message("Accepted, not released")
  String stageAccepted();

  @Message("Not accepted")
  String stageOpen();

  @Message("Transactions")
  String transactions();

  @Message("Time")
  String time();

  @Message("Transaction")
  String txn();

  @Message("Amount")
  String amount();

  @Message("A payment dispute is open: the escrow is frozen until it is settled.")
  String disputeOpen();

  @Message("The ledger does not balance; the operator has been told.")
  String unbalanced();

  @Message("Generated {at} ({zone})")
  String generated(String at, String zone);

  @Message("Download PDF")
  String downloadPdf();

  @Message("中文 PDF")
  String pdfZh();

  @Message("English PDF")
  String pdfEn();
}

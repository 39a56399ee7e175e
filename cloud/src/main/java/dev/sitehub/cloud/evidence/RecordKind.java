package dev.sitehub.cloud.evidence;

/** The kinds of filed record that join a project's evidence chain. */
public enum RecordKind {
  CONTRACT,
  AMENDMENT,
  DESIGN_CONFIRMATION,
  DELIVERY_ACCEPTANCE,
  INSPECTION,
  RECTIFICATION_FIX,
  ACCEPTANCE_RECORD,
  LEDGER_POSTING
}

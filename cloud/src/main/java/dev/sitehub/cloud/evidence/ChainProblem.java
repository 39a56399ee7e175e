package dev.sitehub.cloud.evidence;

/** Why a chain failed verification; the portal shows each in the reader's language. */
public enum ChainProblem {
  LINK_MISSING,
  PREVIOUS_HASH,
  LINK_HASH,
  HASH_RULE,
  SIGNATURE_MISSING,
  KEY_UNKNOWN,
  SIGNATURE_INVALID,
  RECORD_MISSING,
  RECORD_ALTERED,
  MEDIA_MISSING,
  MEDIA_ALTERED,
  TAIL_DROPPED,
  RECEIPT_MISMATCH,
  RECEIPT_INVALID
}

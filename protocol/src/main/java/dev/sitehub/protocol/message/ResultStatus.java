package dev.sitehub.protocol.message;

/** Outcome of a command. */
public enum ResultStatus {
  OK,
  /** The command was understood but failed. */
  ERROR,
  /** The command was unknown, malformed or expired. */
  REJECTED
}

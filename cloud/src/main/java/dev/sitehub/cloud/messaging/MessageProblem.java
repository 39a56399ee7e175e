package dev.sitehub.cloud.messaging;

/**
 * Why the message form refused what was typed; {@code projmsg} words each one under {@code
 * messageProblem_$CONSTANT}.
 */
public enum MessageProblem {
  REQUIRED,
  TOO_LONG
}

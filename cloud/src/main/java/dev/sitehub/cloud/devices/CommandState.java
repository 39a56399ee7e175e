package dev.sitehub.cloud.devices;

/**
 * Where a command sent from the portal stands: handed to the broker and waiting (SENT), never
 * handed over because the broker link was down (NOT_SENT), or the box's answer.
 */
public enum CommandState {
  SENT,
  NOT_SENT,
  OK,
  ERROR,
  REJECTED
}

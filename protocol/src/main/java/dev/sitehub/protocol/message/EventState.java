package dev.sitehub.protocol.message;

/** Whether an event's condition began, ended, or is a one-off. */
public enum EventState {
  /** The condition started: wet, door opened, motion began, camera covered. */
  ON,
  /** The condition cleared. Lets alerts auto-resolve. */
  OFF,
  /** A one-off occurrence with no end. */
  PULSE
}

package dev.sitehub.cloud.alerts;

/** What happened to an alert, as told to listeners and sockets. */
public enum ChangeKind {
  OPENED,
  REPEATED,
  ACKNOWLEDGED,
  RESOLVED,
  ESCALATED
}

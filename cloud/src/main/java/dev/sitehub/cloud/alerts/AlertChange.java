package dev.sitehub.cloud.alerts;

/**
 * A change to an alert. {@code escalatedTo} is the user to tell when the kind is {@link
 * ChangeKind#ESCALATED}, otherwise null.
 */
public record AlertChange(ChangeKind kind, Alert alert, String escalatedTo) {
  public AlertChange(ChangeKind kind, Alert alert) {
    this(kind, alert, null);
  }
}

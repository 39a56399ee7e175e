package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertChange;
import dev.sitehub.cloud.alerts.ChangeKind;

/** What sockets and webhooks receive for an alert change, serialized as JSON. */
public record AlertMessage(ChangeKind event, Alert alert, String escalatedTo) {

  public static AlertMessage of(AlertChange change) {
    return new AlertMessage(change.kind(), change.alert(), change.escalatedTo());
  }
}

package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateData;

/**
 * One alert as the portal shows it: times in the site's zone, people by username, and the state of
 * an acknowledge or resolve form when one was just sent back with an error.
 */
@TemplateData
public record AlertCard(
    long id,
    String siteId,
    String siteName,
    String type,
    String source,
    Severity severity,
    AlertStatus status,
    AlertDetail detail,
    int occurrences,
    String firstSeen,
    String lastSeen,
    String acknowledgedBy,
    String acknowledgedAt,
    String acknowledgeComment,
    String resolvedBy,
    String resolvedAt,
    String resolveComment,
    boolean canAct,
    AlertForm form) {

  public boolean open() {
    return status == AlertStatus.OPEN;
  }

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }

  public boolean resolved() {
    return status == AlertStatus.RESOLVED;
  }

  public String severityClass() {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  public String statusName() {
    return status.name();
  }

  /** True when the rule resolved it by itself (the condition cleared). */
  public boolean resolvedBySystem() {
    return AlertStore.SYSTEM_USER.equals(resolvedBy);
  }

  /** The form to show open: the one sent back with an error, if any. */
  public boolean formOpen(String action) {
    return form != null && action.equals(form.action());
  }

  public String formComment(String action) {
    return formOpen(action) && form.comment() != null ? form.comment() : "";
  }

  public AlertProblem fieldError(String action) {
    return formOpen(action) ? form.fieldError() : null;
  }

  public AlertProblem formError() {
    return form == null ? null : form.formError();
  }

  AlertCard withForm(AlertForm f) {
    return new AlertCard(
        id,
        siteId,
        siteName,
        type,
        source,
        severity,
        status,
        detail,
        occurrences,
        firstSeen,
        lastSeen,
        acknowledgedBy,
        acknowledgedAt,
        acknowledgeComment,
        resolvedBy,
        resolvedAt,
        resolveComment,
        canAct,
        f);
  }
}

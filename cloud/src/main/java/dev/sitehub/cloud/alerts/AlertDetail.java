package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateData;

/**
 * What an alert is about, as facts (kind, metric or event, measured value, limit, unit, device and
 * time) that {@link AlertTexts} turns into words in the reader's language; nothing here is prose
 * except {@code legacyText}, the English sentence of an alert stored before the facts were.
 */
@TemplateData
public record AlertDetail(
    Kind kind,
    String subject,
    Double value,
    Double limit,
    String unit,
    String device,
    String when,
    Integer count,
    String legacyText) {

  /** Which sentence the facts make. */
  public enum Kind {
    /** A reading ({@code subject} the sensor kind) above {@code limit} at {@code device}. */
    READING_ABOVE,
    READING_BELOW,
    READING_ABOVE_QUIET,
    READING_BELOW_QUIET,
    /** A device event ({@code subject} its wire name) at {@code device}. */
    EVENT,
    EVENT_QUIET,
    /** The box's Last Will arrived at {@code when}. */
    OFFLINE_WILL,
    /** No heartbeat since {@code when}. */
    OFFLINE_SILENT,
    /** No activity for {@code count} working days since {@code when}. */
    STALLED,
    /** Planned work {@code subject} was due {@code when} and is not accepted. */
    OVERDUE,
    /** Stored before alerts kept facts: only {@code legacyText} is known. */
    LEGACY
  }

  /** The facts of a reading beyond a rule's limit, such as noise 38 dBA above 30. */
  public static AlertDetail reading(
      String metric,
      double value,
      String unit,
      boolean above,
      double limit,
      String device,
      boolean quiet) {
    Kind k =
        above
            ? (quiet ? Kind.READING_ABOVE_QUIET : Kind.READING_ABOVE)
            : (quiet ? Kind.READING_BELOW_QUIET : Kind.READING_BELOW);
    return new AlertDetail(k, metric, value, limit, unit, device, null, null, null);
  }

  /** The facts of a device event, such as {@code leak} at {@code dev-1/probe-1}. */
  public static AlertDetail event(String event, String device, boolean quiet) {
    return new AlertDetail(
        quiet ? Kind.EVENT_QUIET : Kind.EVENT, event, null, null, null, device, null, null, null);
  }

  static AlertDetail offline(String device, boolean will, String when) {
    return new AlertDetail(
        will ? Kind.OFFLINE_WILL : Kind.OFFLINE_SILENT,
        null,
        null,
        null,
        null,
        device,
        when,
        null,
        null);
  }

  static AlertDetail stalled(int workingDays, String since) {
    return new AlertDetail(Kind.STALLED, null, null, null, null, null, since, workingDays, null);
  }

  static AlertDetail overdue(String label, String due) {
    return new AlertDetail(Kind.OVERDUE, label, null, null, null, null, due, null, null);
  }
}
